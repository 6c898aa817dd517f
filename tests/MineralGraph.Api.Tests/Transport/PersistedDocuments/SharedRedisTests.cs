using System.Net;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Persisted documents in a real redis-server, shared by API instances.</summary>
public sealed class SharedRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task DocumentPersistedThroughOneInstance_IsFoundByAnotherSharingTheRedis()
    {
        await using var first = new RedisBackedApiFactory(redis.Server);
        await using var second = new RedisBackedApiFactory(redis.Server);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var (query, expected) = UniqueTypenameQuery();
        var hash = Sha256(query);

        using var before = await secondClient.SendAsync(HashOnlyGet(hash));
        await before.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);

        using var register = await firstClient.SendAsync(PostWithHash(query, hash));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);

        using var after = await secondClient.SendAsync(HashOnlyGet(hash));
        await after.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
    }

    [Fact]
    public async Task RedisEntryThatIsNotTheDocumentOfItsHash_IsAMiss()
    {
        await using var api = new RedisBackedApiFactory(redis.Server);
        using var client = api.CreateClient();
        var hash = Sha256(UniqueHello());
        var cache = api.Services.GetRequiredService<IDistributedCache>();
        await cache.SetAsync("persisted-document:sha256:" + hash, Encoding.UTF8.GetBytes("mutation { deleteEverything }"));

        using var response = await client.SendAsync(HashOnlyGet(hash));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);
    }

    [Fact]
    public async Task RecentlyUsedDocument_StillRunsWhileRedisIsDown()
    {
        var ownRedis = await RedisServer.StartAsync();
        await using var api = new RedisBackedApiFactory(ownRedis);
        using var client = api.CreateClient();
        var (query, expected) = UniqueTypenameQuery();
        var hash = Sha256(query);
        using (var register = await client.SendAsync(PostWithHash(query, hash)))
        {
            await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
        }

        await ownRedis.DisposeAsync();

        using var response = await client.SendAsync(HashOnlyGet(hash));
        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
    }

    /// <summary>A document only this test sends, valid against the real schema, and its answer.</summary>
    private static (string Query, string Expected) UniqueTypenameQuery()
    {
        var alias = "t" + Guid.NewGuid().ToString("N");
        return ($"query Hello {{ {alias}: __typename }}", $$$"""{"data":{"{{{alias}}}":"Query"}}""");
    }
}
