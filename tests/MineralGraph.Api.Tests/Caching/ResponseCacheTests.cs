using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>The response cache in one process (no Redis): what makes a hit, what makes a new entry, what is never kept.</summary>
public sealed class ResponseCacheTests(ResponseCacheTests.Api api) : IClassFixture<ResponseCacheTests.Api>
{
    private const string ElementQuery = "query Element($id: ID!) { node(id: $id) { id name } }";

    private readonly CacheProbe _probe = new(api.Factory.CreateClient());

    [Fact]
    public async Task Post_SameQueryTwice_SecondIsAHitAndDoesNotCallTheStore()
    {
        var first = await _probe.PostAsync("{ elements(first: 3) { nodes { id name } } }");
        api.Factory.Store.Reset();

        var second = await _probe.PostAsync("{ elements(first: 3) { nodes { id name } } }");

        Assert.Equal(("MISS", "HIT"), (first.Cache, second.Cache));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(0, api.Factory.Store.Calls);
    }

    [Fact]
    public async Task Post_DifferentVariables_AreDifferentEntries()
    {
        var silver = await _probe.PostAsync(ElementQuery, new { id = "element:ag" });
        var aluminium = await _probe.PostAsync(ElementQuery, new { id = "element:al" });
        var silverAgain = await _probe.PostAsync(ElementQuery, new { id = "element:ag" });

        Assert.Equal(("MISS", "MISS", "HIT"), (silver.Cache, aluminium.Cache, silverAgain.Cache));
        Assert.Equal("Silver", silverAgain.Data["node"]!["name"]!.GetValue<string>());
        Assert.Equal("Aluminium", aluminium.Data["node"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_SameVariablesInAnotherOrder_ShareAnEntry()
    {
        const string query = "query Page($first: Int, $where: ElementWhere) { elements(first: $first, where: $where) { nodes { id } } }";

        var first = await _probe.PostAsync(query, new Dictionary<string, object> { ["first"] = 2, ["where"] = new { isRareEarth = new { eq = true } } });
        var reordered = await _probe.PostAsync(query, new Dictionary<string, object> { ["where"] = new { isRareEarth = new { eq = true } }, ["first"] = 2 });

        Assert.Equal(("MISS", "HIT"), (first.Cache, reordered.Cache));
    }

    [Fact]
    public async Task Post_DifferentOperationName_IsADifferentEntry()
    {
        const string document = "query A { elements(first: 1) { nodes { id } } } query B { elements(first: 1) { nodes { name } } }";

        var a = await _probe.PostAsync(document, operationName: "A");
        var b = await _probe.PostAsync(document, operationName: "B");
        var aAgain = await _probe.PostAsync(document, operationName: "A");

        Assert.Equal(("MISS", "MISS", "HIT"), (a.Cache, b.Cache, aAgain.Cache));
        Assert.NotEqual(a.Body, b.Body);
    }

    [Fact]
    public async Task Post_DifferentCallers_GetDifferentEntries()
    {
        const string query = "{ minerals(first: 2) { nodes { id } } }";

        var anonymous = await _probe.PostAsync(query);
        var alice = await _probe.PostAsync(query, user: "alice");
        var aliceAgain = await _probe.PostAsync(query, user: "alice");
        var bob = await _probe.PostAsync(query, user: "bob");
        var anonymousAgain = await _probe.PostAsync(query);

        Assert.Equal(("MISS", "MISS", "HIT", "MISS", "HIT"), (anonymous.Cache, alice.Cache, aliceAgain.Cache, bob.Cache, anonymousAgain.Cache));
    }

    [Fact]
    public async Task Post_WhitespaceAndCommentOnlyChanges_ShareAnEntry()
    {
        var compact = await _probe.PostAsync("{ products(first: 2) { nodes { id } } }");
        var spaced = await _probe.PostAsync("""
            # the first two products
            {
              products( first: 2 ) {
                nodes { id }   # ids only
              }
            }
            """);

        Assert.Equal(("MISS", "HIT"), (compact.Cache, spaced.Cache));
        Assert.Equal(compact.Body, spaced.Body);
    }

    [Fact]
    public async Task Post_ResultWithErrors_IsNeverCached()
    {
        const string query = """{ dependencies(of: "application:no-such-thing") { dependent { id } } }""";

        var first = await _probe.PostAsync(query);
        api.Factory.Store.Reset();
        var second = await _probe.PostAsync(query);

        Assert.Equal(["NOT_FOUND"], first.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], second.ErrorCodes);
        Assert.Equal(("MISS", "MISS"), (first.Cache, second.Cache));
        Assert.True(api.Factory.Store.Calls > 0, "The second request must run against the store again.");
    }

    [Fact]
    public async Task Post_AfterAWriteCommits_NextReadIsAMissWithTheNewData()
    {
        var before = await _probe.PostAsync(ElementQuery, new { id = "element:sc" });
        var cached = await _probe.PostAsync(ElementQuery, new { id = "element:sc" });
        var name = before.Data["node"]!["name"]!.GetValue<string>();

        await api.Factory.Store.WriteAsync(new GraphWrite([new UpdateNode("element:sc", new Dictionary<string, object?> { ["name"] = name + " (renamed)" }, [])]), CancellationToken.None);
        var after = await _probe.PostAsync(ElementQuery, new { id = "element:sc" });

        Assert.Equal(("MISS", "HIT", "MISS"), (before.Cache, cached.Cache, after.Cache));
        Assert.Equal(name + " (renamed)", after.Data["node"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_InvalidDocument_IsRefusedEveryTimeAndNeverKept()
    {
        var first = await _probe.PostAsync("{ elements { noSuchField } }");
        var second = await _probe.PostAsync("{ elements { noSuchField } }");

        Assert.Equal(("MISS", "MISS"), (first.Cache, second.Cache));
        Assert.Equal((System.Net.HttpStatusCode.BadRequest, System.Net.HttpStatusCode.BadRequest), (first.Status, second.Status));
    }

    [Fact]
    public async Task Post_SyntaxError_BypassesTheCacheAndIsRefused()
    {
        var response = await _probe.PostAsync("{ elements { ");

        Assert.Equal("BYPASS", response.Cache);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Syntax", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    public sealed class Api : IAsyncLifetime
    {
        public CachingApiFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
