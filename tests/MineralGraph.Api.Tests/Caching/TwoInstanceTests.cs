using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>Two real API processes sharing one Redis and one store: a response one caches is a Redis hit in the other, and a committed write is seen by both at once.</summary>
public sealed class TwoInstanceTests(ApiPair pair) : IClassFixture<ApiPair>
{
    private const string ElementQuery = "query Element($id: ID!) { node(id: $id) { id name } }";

    private readonly CacheProbe _a = new(pair.A.CreateClient());
    private readonly CacheProbe _b = new(pair.B.CreateClient());

    [Fact]
    public async Task ResponseCachedByA_IsAHitInB()
    {
        var fromA = await pair.AndWaitForRedisAsync(() => _a.PostAsync(ElementQuery, new { id = "element:nd" }));
        var fromB = await _b.PostAsync(ElementQuery, new { id = "element:nd" });

        // B never executed this query, so its hit can only have come from Redis.
        Assert.Equal(("MISS", "HIT"), (fromA.Cache, fromB.Cache));
        Assert.Equal(fromA.Body, fromB.Body);
    }

    [Fact]
    public async Task WriteCommittedOutsideBoth_IsSeenByTheNextReadInEach()
    {
        var before = await _a.PostAsync(ElementQuery, new { id = "element:dy" });
        await _b.PostAsync(ElementQuery, new { id = "element:dy" });
        var name = before.Data["node"]!["name"]!.GetValue<string>();

        await pair.OpenStore().WriteAsync(new GraphWrite([new UpdateNode("element:dy", new Dictionary<string, object?> { ["name"] = name + " (rev)" }, [])]), CancellationToken.None);
        var fromB = await pair.AndWaitForRedisAsync(() => _b.PostAsync(ElementQuery, new { id = "element:dy" }));
        var fromA = await _a.PostAsync(ElementQuery, new { id = "element:dy" });

        Assert.Equal(("MISS", "HIT"), (fromB.Cache, fromA.Cache));
        Assert.Equal(name + " (rev)", fromB.Data["node"]!["name"]!.GetValue<string>());
        Assert.Equal(fromB.Body, fromA.Body);
    }
}
