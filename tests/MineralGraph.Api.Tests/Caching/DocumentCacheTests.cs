using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Tests.Caching.Infrastructure;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>
/// Parsed, validated documents are kept by query text; the rules that depend on more than the
/// document still run for every request. Response caching is off here, so every request executes.
/// </summary>
public sealed class DocumentCacheTests(DocumentCacheTests.Api api) : IClassFixture<DocumentCacheTests.Api>
{
    // Three nested connections: the estimated cost grows with the cube of $n.
    private const string NestedQuery = "query Owners($n: Int) { mines(first: $n) { nodes { ownedBy(first: $n) { nodes { ... on Company { operates(first: $n) { nodes { name } } } } } } } }";

    private readonly CacheProbe _probe = new(api.Factory.CreateClient());

    [Fact]
    public async Task Post_SameDocumentTwice_IsParsedOnceAndAnsweredTheSame()
    {
        using var hits = Collector("mineralgraph.cache.hits");
        using var misses = Collector("mineralgraph.cache.misses");
        const string query = "{ countries(first: 2) { nodes { id iso2 } } }";

        var first = await _probe.PostAsync(query);
        var second = await _probe.PostAsync(query);

        Assert.Equal(("BYPASS", "BYPASS"), (first.Cache, second.Cache));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, Sum(misses, CacheMetrics.Document));
        Assert.Equal(1, Sum(hits, CacheMetrics.Document));
    }

    [Fact]
    public async Task Post_KeptDocumentWithAnExpensiveVariable_IsStillRefusedByTheComplexityLimit()
    {
        var cheap = await _probe.PostAsync(NestedQuery, new { n = 2 });
        using var hits = Collector("mineralgraph.cache.hits");
        var expensive = await _probe.PostAsync(NestedQuery, new { n = 100 });

        Assert.NotNull(cheap.Data["mines"]);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], expensive.ErrorCodes);
        Assert.Equal(1, Sum(hits, CacheMetrics.Document));
    }

    [Fact]
    public async Task Post_InvalidDocument_IsNotKept()
    {
        using var hits = Collector("mineralgraph.cache.hits");
        const string query = "{ countries { nodes { noSuchField } } }";

        var first = await _probe.PostAsync(query);
        var second = await _probe.PostAsync(query);

        Assert.Equal(first.Body, second.Body);
        Assert.Contains("noSuchField", second.Body, StringComparison.Ordinal);
        Assert.Equal(0, Sum(hits, CacheMetrics.Document));
    }

    [Fact]
    public async Task Get_KeptDocumentWithAMutationSelected_IsStillRefused()
    {
        // The document is kept after the query runs; over GET, selecting its mutation must still be refused.
        const string document = "query Q { __typename } mutation M { __typename }";
        await _probe.PostAsync(document, operationName: "Q");
        using var hits = Collector("mineralgraph.cache.hits");

        using var http = api.Factory.CreateClient();
        using var response = await http.GetAsync("graphql?query=" + Uri.EscapeDataString(document) + "&operationName=M");

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(1, Sum(hits, CacheMetrics.Document));
    }

    private MetricCollector<long> Collector(string instrument) =>
        new(api.Factory.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CacheMetrics.MeterName, instrument);

    private static long Sum(MetricCollector<long> collector, string cache) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags["cache"], cache)).Sum(m => m.Value);

    public sealed class Api : IAsyncLifetime
    {
        public CachingApiFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Cache:Enabled"] = "false" });

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
