using System.Net;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Issue #12, finding 4: one anonymous client filled Redis with 300 unique 90 KB documents in 2.4 s.
/// A document past a bound still runs; it is just not kept, so asking by hash alone misses.
/// </summary>
public sealed class PersistedDocumentBoundsTests
{
    private static readonly Dictionary<string, string?> Bounds = new()
    {
        ["GraphQL:PersistedDocuments:MaxDocumentBytes"] = "200",
        ["GraphQL:PersistedDocuments:AnonymousNewDocumentsPerMinute"] = "2",
        ["GraphQL:PersistedDocuments:NewDocumentsPerMinute"] = "4",
    };

    [Fact]
    public async Task ADocumentLargerThanMaxDocumentBytes_Runs_ButIsNotPersisted()
    {
        await using var api = new CachingApiFactory(settings: Bounds);
        using var client = api.CreateClient();
        var document = "{ countries(first: 1) { nodes { id } } " + new string(' ', 300) + "}";

        using var sent = await client.SendAsync(PostWithHash(document, Sha256(document)));
        using var byHash = await client.SendAsync(HashOnlyGet(Sha256(document), operationName: null));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("\"countries\"", await sent.Content.ReadAsStringAsync());
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", await byHash.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAnonymousClient_PersistsAtMostItsQuotaOfNewDocumentsPerMinute()
    {
        await using var api = new CachingApiFactory(settings: Bounds);
        using var client = api.CreateClient();

        var persisted = await PersistAsync(client, count: 4);

        Assert.Equal([true, true, false, false], persisted);
    }

    [Fact]
    public async Task AClientWithAKey_HasItsOwnLargerQuota()
    {
        await using var api = new CachingApiFactory(settings: Bounds);
        using var anonymous = api.CreateClient();
        using var keyed = api.CreateClient();
        keyed.DefaultRequestHeaders.Add(CachingApiFactory.TestUserHeader, "frontend-team");

        var anonymousPersisted = await PersistAsync(anonymous, count: 2);
        var keyedPersisted = await PersistAsync(keyed, count: 6);

        Assert.Equal([true, true], anonymousPersisted);
        Assert.Equal([true, true, true, true, false, false], keyedPersisted);
    }

    /// <summary>Sends new documents with their hashes, then asks for each by hash alone: which were kept.</summary>
    private static async Task<bool[]> PersistAsync(HttpClient client, int count)
    {
        var documents = Enumerable.Range(0, count).Select(_ => $"{{ node(id: \"{Guid.NewGuid():N}\") {{ id }} }}").ToList();
        foreach (var document in documents)
        {
            using var sent = await client.SendAsync(PostWithHash(document, Sha256(document)));
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var kept = new List<bool>();
        foreach (var document in documents)
        {
            using var byHash = await client.SendAsync(HashOnlyGet(Sha256(document), operationName: null));
            kept.Add(!(await byHash.Content.ReadAsStringAsync()).Contains("PERSISTED_QUERY_NOT_FOUND", StringComparison.Ordinal));
        }

        return [.. kept];
    }
}
