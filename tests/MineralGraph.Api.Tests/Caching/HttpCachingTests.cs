using System.Net;
using MineralGraph.Api.Tests.Caching.Infrastructure;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>What HTTP caches (browsers, CDNs) are told: Cache-Control from the schema's hints, ETag, Vary, and 304s.</summary>
public sealed class HttpCachingTests(HttpCachingTests.Api api) : IClassFixture<HttpCachingTests.Api>
{
    private readonly CacheProbe _probe = new(api.Factory.CreateClient());

    [Fact]
    public async Task Get_SuccessfulQuery_IsPublicWithTheRootFieldsMaxAgeAnETagAndVary()
    {
        var response = await _probe.GetAsync("{ elements(first: 2) { nodes { id } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("public, max-age=60", response.CacheControl);
        Assert.Matches("^\"[A-Za-z0-9_-]+\"$", response.ETag);
        Assert.Equal(["Accept", "Authorization", "X-API-Key"], response.Vary);
    }

    [Fact]
    public async Task Get_ResearchersQuestion_HasTheLongerAnalyticsMaxAge()
    {
        var response = await _probe.GetAsync("""{ regulationsInForce(on: "2025-06-01") { id } }""");

        Assert.Equal("public, max-age=300", response.CacheControl);
    }

    [Fact]
    public async Task Get_QueryMixingBothAges_GetsTheSmallest()
    {
        var response = await _probe.GetAsync("""{ regulationsInForce(on: "2025-06-01") { id } countries(first: 1) { nodes { id } } }""");

        Assert.Equal("public, max-age=60", response.CacheControl);
    }

    [Fact]
    public async Task Get_AuthenticatedCaller_IsPrivate()
    {
        var response = await _probe.GetAsync("{ technologies(first: 2) { nodes { id } } }", user: "alice");

        Assert.Equal("private, no-cache", response.CacheControl);
        Assert.NotNull(response.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithTheETag_Returns304WithoutABodyAndWithoutExecuting()
    {
        const string query = "{ applications(first: 2) { nodes { id name } } }";
        var first = await _probe.GetAsync(query);
        api.Factory.Store.Reset();

        var revalidated = await _probe.GetAsync(query, ifNoneMatch: first.ETag);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Equal("", revalidated.Body);
        Assert.Equal(first.ETag, revalidated.ETag);
        Assert.Equal("public, max-age=60", revalidated.CacheControl);
        Assert.Equal(0, api.Factory.Store.Calls);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithAnotherETag_ReturnsTheBody()
    {
        const string query = "{ agencies(first: 2) { nodes { id } } }";

        var response = await _probe.GetAsync(query, ifNoneMatch: "\"something-else\", W/\"older\"");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEmpty(response.Body);
    }

    [Fact]
    public async Task Get_SameBodyAfterAnUnrelatedWrite_KeepsItsETag()
    {
        const string query = """{ node(id: "element:ag") { id ... on Element { symbol } } }""";
        var before = await _probe.GetAsync(query);

        await api.Factory.Store.WriteAsync(new Store.GraphWrite([new Store.UpdateNode("element:al", new Dictionary<string, object?> { ["aliases"] = new[] { "Aluminum", "Al" } }, [])]), CancellationToken.None);
        var after = await _probe.GetAsync(query, ifNoneMatch: before.ETag);

        Assert.Equal(("MISS", HttpStatusCode.NotModified), (after.Cache, after.Status));
    }

    [Fact]
    public async Task Get_QueryWithErrors_IsNoStore()
    {
        var response = await _probe.GetAsync("""{ dependencies(of: "application:no-such-application") { dependent { id } } }""");

        Assert.NotEmpty(response.ErrorCodes);
        Assert.Equal("no-store", response.CacheControl);
        Assert.Null(response.ETag);
    }

    [Fact]
    public async Task Post_SuccessfulQuery_IsNoStoreWithoutAnETag()
    {
        var response = await _probe.PostAsync("{ elements(first: 2) { nodes { id } } }");

        Assert.Equal("no-store", response.CacheControl);
        Assert.Null(response.ETag);
    }

    [Fact]
    public async Task Get_WithTheDefaultHints_MayBeStoredButIsRevalidatedEveryTime()
    {
        await using var defaults = new CachingApiFactory();
        var probe = new CacheProbe(defaults.CreateClient());

        var response = await probe.GetAsync("{ elements(first: 2) { nodes { id } } }");

        Assert.Equal("public, no-cache", response.CacheControl);
        Assert.NotNull(response.ETag);
    }

    /// <summary>An operator who accepts answers up to a minute old (five for the researchers' questions).</summary>
    public sealed class Api : IAsyncLifetime
    {
        public CachingApiFactory Factory { get; } = new(settings: new Dictionary<string, string?>
        {
            ["Cache:DefaultMaxAge"] = "60",
            ["Cache:AnalyticsMaxAge"] = "300",
        });

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
