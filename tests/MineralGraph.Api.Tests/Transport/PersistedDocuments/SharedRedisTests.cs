using System.Net;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>
/// Persisted documents in a real redis-server (MINERALGRAPH_TEST_REDIS when set), configured as
/// in production by <c>Cache:Redis</c>, so they go through the resilient cache and are shared
/// by the API instances with the same <c>Cache:KeyPrefix</c>.
/// </summary>
public sealed class SharedRedisTests : IAsyncLifetime
{
    private readonly string _keyPrefix = $"persisted-{Guid.NewGuid():N}:";
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task DocumentPersistedThroughOneInstance_IsFoundByAnotherSharingTheRedis()
    {
        await using var first = Api(_redis);
        await using var second = Api(_redis);
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
    public async Task TextSentWithItsHashThatIsNotAValidDocument_NeverReachesRedis()
    {
        await using var api = Api(_redis);
        using var client = api.CreateClient();
        var (valid, expected) = UniqueTypenameQuery();

        foreach (var garbage in new[] { "not graphql at all " + Guid.NewGuid(), $"query Hello {{ noSuchField{Guid.NewGuid():N} }}" })
        {
            using var response = await client.SendAsync(PostWithHash(garbage, Sha256(garbage)));
            Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(0, await _redis.KeyCountAsync(_keyPrefix));
        using var register = await client.SendAsync(PostWithHash(valid, Sha256(valid)));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
        Assert.Equal(1, await _redis.KeyCountAsync(_keyPrefix + "persisted-document:"));
    }

    [Fact]
    public async Task RedisEntryThatIsNotTheDocumentOfItsHash_IsAMiss()
    {
        await using var api = Api(_redis);
        using var client = api.CreateClient();
        var hash = Sha256(UniqueHello());
        var cache = api.Services.GetRequiredService<IDistributedCache>();
        var key = "persisted-document:sha256:" + hash;
        await cache.SetAsync(key, Encoding.UTF8.GetBytes("mutation { deleteEverything }"));
        Assert.NotNull(await cache.GetAsync(key));

        using var response = await client.SendAsync(HashOnlyGet(hash));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);
    }

    [Fact]
    public async Task RecentlyUsedDocument_StillRunsWhileRedisIsDown()
    {
        await using var ownRedis = await RedisServer.StartDedicatedAsync();
        await using var api = Api(ownRedis);
        using var client = api.CreateClient();
        var (query, expected) = UniqueTypenameQuery();
        var hash = Sha256(query);
        using (var register = await client.SendAsync(PostWithHash(query, hash)))
        {
            await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
        }

        await ownRedis.StopAsync();

        using var response = await client.SendAsync(HashOnlyGet(hash));
        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
    }

    [Fact]
    public async Task WhileRedisIsDown_AnUnknownHashIsNotFound_AndADocumentSentWithItsHashStillRuns()
    {
        await using var ownRedis = await RedisServer.StartDedicatedAsync();
        await using var api = Api(ownRedis);
        using var client = api.CreateClient();
        var (query, expected) = UniqueTypenameQuery();
        var hash = Sha256(query);
        await ownRedis.StopAsync();

        // Redis failing is a miss to look up and a skipped write to persist, never an error.
        using var unknown = await client.SendAsync(HashOnlyGet(hash));
        await unknown.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);

        using var register = await client.SendAsync(PostWithHash(query, hash));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, expected);
    }

    /// <summary>The real API on an empty graph, its distributed cache the given Redis under this test's key prefix.</summary>
    private CachingApiFactory Api(RedisServer redis) => new(redis.Configuration, new Dictionary<string, string?>
    {
        ["Store:SeedDirectory"] = "",
        ["Cache:KeyPrefix"] = _keyPrefix,
        // These tests are about where documents go, not about a slow Redis: on a busy machine the
        // first call, which also connects, must not turn a write into a skipped one.
        ["Cache:RedisTimeout"] = "00:00:05",
    });

    /// <summary>A document only this test sends, valid against the real schema, and its answer.</summary>
    private static (string Query, string Expected) UniqueTypenameQuery()
    {
        var alias = "t" + Guid.NewGuid().ToString("N");
        return ($"query Hello {{ {alias}: __typename }}", $$$"""{"data":{"{{{alias}}}":"Query"}}""");
    }
}
