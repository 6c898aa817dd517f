using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>
/// Two real API processes sharing one Redis and one store: a response one caches is a Redis hit
/// in the other, and a write, through either one's mutations or from outside both, is seen by
/// the next read through each, however warm their caches were.
/// </summary>
public sealed class TwoInstanceTests(ApiPair pair) : IClassFixture<ApiPair>
{
    private const string NodeQuery = "query Node($id: ID!) { node(id: $id) { id name } }";
    private const string Source = "source:inn-ree-producers-2024";

    private readonly CacheProbe _a = new(pair.A.CreateClient());
    private readonly CacheProbe _b = new(pair.B.CreateClient());
    private readonly CacheProbe _editorA = new(pair.A.CreateClient(ApiPair.EditorKey));
    private readonly CacheProbe _editorB = new(pair.B.CreateClient(ApiPair.EditorKey));

    [Fact]
    public async Task ResponseCachedByA_IsAHitInB()
    {
        var fromA = await pair.AndWaitForRedisAsync(() => _a.PostAsync(NodeQuery, new { id = "element:nd" }));
        var fromB = await _b.PostAsync(NodeQuery, new { id = "element:nd" });

        // B never executed this query, so its hit can only have come from Redis.
        Assert.Equal(("MISS", "HIT"), (fromA.Cache, fromB.Cache));
        Assert.Equal(fromA.Body, fromB.Body);
    }

    [Fact]
    public async Task UpdateMutationThroughA_NextReadThroughB_IsAMissWithTheNewName_AndAReadsTheSame()
    {
        const string id = "mine:mount-weld";
        var name = Name(await WarmBothAsync(NodeQuery, id));

        var updated = await _editorA.PostAsync(
            "mutation Rename($id: ID!, $name: String!) { updateMine(id: $id, set: { name: $name }) { name } }",
            new { id, name = name + " (renamed)" });
        var fromB = await pair.AndWaitForRedisAsync(() => _b.PostAsync(NodeQuery, new { id }));
        var fromA = await _a.PostAsync(NodeQuery, new { id });

        Assert.Equal(name + " (renamed)", updated.Data["updateMine"]!["name"]!.GetValue<string>());
        Assert.Equal(("MISS", "HIT"), (fromB.Cache, fromA.Cache));
        Assert.Equal(name + " (renamed)", Name(fromB));
        Assert.Equal(fromB.Body, fromA.Body);
    }

    [Fact]
    public async Task CreateRelationshipMutationThroughA_NextReadThroughB_IsAMissWithTheNewOwner()
    {
        const string owners = "query Owners($id: ID!) { node(id: $id) { id ... on Mine { ownedBy(first: 20) { edges { key node { id } } } } } }";
        const string id = "mine:browns-range";
        var before = await WarmBothAsync(owners, id);

        var created = await _editorA.PostAsync(
            "mutation Own($from: ID!, $to: ID!, $sources: [ID!]!) { createOwns(from: $from, to: $to, input: { sources: $sources, stakePct: 5 }) { key } }",
            new { from = "company:mp-materials", to = id, sources = new[] { Source } });
        var fromB = await pair.AndWaitForRedisAsync(() => _b.PostAsync(owners, new { id }));
        var fromA = await _a.PostAsync(owners, new { id });

        const string key = "company:mp-materials|OWNS|mine:browns-range";
        Assert.Equal(key, created.Data["createOwns"]!["key"]!.GetValue<string>());
        Assert.DoesNotContain(key, OwnershipKeys(before));
        Assert.Equal(("MISS", "HIT"), (fromB.Cache, fromA.Cache));
        Assert.Contains(key, OwnershipKeys(fromB));
        Assert.Equal(fromB.Body, fromA.Body);
    }

    [Fact]
    public async Task DeleteMutationThroughA_NextReadThroughB_IsAMissThatFindsNothing_AndAReadsTheSame()
    {
        // A node of this test's own, so the other tests keep the seed graph.
        var created = await _editorA.PostAsync(
            "mutation Create($sources: [ID!]!) { createMine(input: { name: \"Pair Deletion Test\", sources: $sources, status: CLOSED }) { id } }",
            new { sources = new[] { Source } });
        var id = created.Data["createMine"]!["id"]!.GetValue<string>();
        Assert.Equal("Pair Deletion Test", Name(await WarmBothAsync(NodeQuery, id)));

        var deleted = await _editorA.PostAsync("mutation Delete($id: ID!) { deleteNode(id: $id, detach: true) { id } }", new { id });
        var fromB = await pair.AndWaitForRedisAsync(() => _b.PostAsync(NodeQuery, new { id }));
        var fromA = await _a.PostAsync(NodeQuery, new { id });

        Assert.Equal(id, deleted.Data["deleteNode"]!["id"]!.GetValue<string>());
        Assert.Equal(("MISS", "HIT"), (fromB.Cache, fromA.Cache));
        Assert.Null(fromB.Data["node"]);
        Assert.Equal(fromB.Body, fromA.Body);
    }

    [Fact]
    public async Task SameMutationSentAgain_ThroughEitherInstance_RunsEachTimeAndIsNoStore()
    {
        const string create = "mutation Create($sources: [ID!]!) { createCompany(input: { name: \"Pair Uncached Holdings\", sources: $sources }) { id } }";
        var variables = new { sources = new[] { Source } };

        var first = await _editorA.PostAsync(create, variables);
        var second = await _editorA.PostAsync(create, variables);
        var third = await _editorB.PostAsync(create, variables);

        // Each answer names a new node, so each request ran the mutation: none was served from a cache.
        Assert.Equal(
            new[] { "company:pair-uncached-holdings", "company:pair-uncached-holdings-2", "company:pair-uncached-holdings-3" },
            new[] { first, second, third }.Select(r => r.Data["createCompany"]!["id"]!.GetValue<string>()));
        Assert.All(new[] { first, second, third }, response =>
        {
            Assert.Equal("BYPASS", response.Cache);
            Assert.Equal("no-store", response.CacheControl);
            Assert.Null(response.ETag);
        });
    }

    [Fact]
    public async Task WriteCommittedOutsideBoth_IsSeenByTheNextReadInEach()
    {
        // As an import or another tool writing to the store would, without going through either API.
        var before = await _a.PostAsync(NodeQuery, new { id = "element:dy" });
        await _b.PostAsync(NodeQuery, new { id = "element:dy" });
        var name = Name(before);

        await pair.OpenStore().WriteAsync(new GraphWrite([new UpdateNode("element:dy", new Dictionary<string, object?> { ["name"] = name + " (rev)" }, [])]), CancellationToken.None);
        var fromB = await pair.AndWaitForRedisAsync(() => _b.PostAsync(NodeQuery, new { id = "element:dy" }));
        var fromA = await _a.PostAsync(NodeQuery, new { id = "element:dy" });

        Assert.Equal(("MISS", "HIT"), (fromB.Cache, fromA.Cache));
        Assert.Equal(name + " (rev)", Name(fromB));
        Assert.Equal(fromB.Body, fromA.Body);
    }

    /// <summary>
    /// Caches a read in both instances' memory: A executes it, B gets it from Redis, A answers it
    /// again from memory. Returns B's answer.
    /// </summary>
    private async Task<CacheProbeResponse> WarmBothAsync(string query, string id)
    {
        var fromA = await pair.AndWaitForRedisAsync(() => _a.PostAsync(query, new { id }));
        var fromB = await _b.PostAsync(query, new { id });
        var againA = await _a.PostAsync(query, new { id });

        Assert.Equal(("MISS", "HIT", "HIT"), (fromA.Cache, fromB.Cache, againA.Cache));
        Assert.Equal(fromA.Body, fromB.Body);
        return fromB;
    }

    private static string Name(CacheProbeResponse response) => response.Data["node"]!["name"]!.GetValue<string>();

    private static IEnumerable<string> OwnershipKeys(CacheProbeResponse response) =>
        response.Data["node"]!["ownedBy"]!["edges"]!.AsArray().Select(edge => edge!["key"]!.GetValue<string>());
}
