using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Transport.PersistedDocuments;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>The MineralGraph.Cache meter counts what the response cache and persisted documents do, with the level of each hit.</summary>
public sealed class CacheMetricsTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private CachingApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.SharedAsync();
        _api = new CachingApiFactory(_redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ResponseCache_MissThenHit_CountsOneMissAndOneLocalHit()
    {
        var probe = new CacheProbe(_api.CreateClient());
        var meters = _api.Services.GetRequiredService<IMeterFactory>();
        using var hits = new MetricCollector<long>(meters, CacheMetrics.MeterName, "mineralgraph.cache.hits");
        using var misses = new MetricCollector<long>(meters, CacheMetrics.MeterName, "mineralgraph.cache.misses");
        using var redisTime = new MetricCollector<double>(meters, CacheMetrics.MeterName, "mineralgraph.cache.redis.duration");

        await probe.PostAsync("{ elements(first: 4) { nodes { id } } }");
        await probe.PostAsync("{ elements(first: 4) { nodes { id } } }");

        Assert.Equal(1, misses.GetMeasurementSnapshot().Where(m => Equals(m.Tags["cache"], CacheMetrics.Response)).Sum(m => m.Value));
        var hit = Assert.Single(hits.GetMeasurementSnapshot(), m => Equals(m.Tags["cache"], CacheMetrics.Response));
        Assert.Equal(CacheMetrics.LocalLevel, hit.Tags["level"]);
        Assert.Contains(redisTime.GetMeasurementSnapshot(), m => Equals(m.Tags["operation"], "get"));
    }

    [Fact]
    public async Task PersistedDocuments_UnknownThenFromRedisThenRecentThenFromTheManifest_CountAMissAndAHitAtEachLevel()
    {
        const string query = "query Hello { counted: __typename }";
        const string manifestQuery = "query Hello { listed: __typename }";
        using var manifest = ManifestFile.Codegen(manifestQuery);
        var keyPrefix = $"metrics-{Guid.NewGuid():N}:";
        await using var writer = PersistedDocumentsApi(keyPrefix);
        await using var reader = PersistedDocumentsApi(keyPrefix, manifest.Path);
        using var writerClient = writer.CreateClient();
        using var readerClient = reader.CreateClient();
        var meters = reader.Services.GetRequiredService<IMeterFactory>();
        using var hits = new MetricCollector<long>(meters, CacheMetrics.MeterName, "mineralgraph.cache.hits");
        using var misses = new MetricCollector<long>(meters, CacheMetrics.MeterName, "mineralgraph.cache.misses");

        await SendAsync(readerClient, HashOnlyGet(Sha256(query)));
        await SendAsync(writerClient, PostWithHash(query, Sha256(query)));
        await SendAsync(readerClient, HashOnlyGet(Sha256(query)));
        await SendAsync(readerClient, HashOnlyGet(Sha256(query)));
        await SendAsync(readerClient, HashOnlyGet(Sha256(manifestQuery)));

        Assert.Equal(1, misses.GetMeasurementSnapshot().Where(m => Equals(m.Tags["cache"], CacheMetrics.Persisted)).Sum(m => m.Value));
        Assert.Equal(
            new[] { CacheMetrics.RedisLevel, CacheMetrics.LocalLevel, CacheMetrics.ManifestLevel },
            hits.GetMeasurementSnapshot().Where(m => Equals(m.Tags["cache"], CacheMetrics.Persisted)).Select(m => m.Tags["level"]));
    }

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>An API on an empty graph whose persisted documents go to the shared Redis under this prefix, optionally with a manifest.</summary>
    private CachingApiFactory PersistedDocumentsApi(string keyPrefix, string? manifestPath = null) => new(_redis.Configuration, new Dictionary<string, string?>
    {
        ["Store:SeedDirectory"] = "",
        ["Cache:KeyPrefix"] = keyPrefix,
        // Generous, so the first call, which also connects, is not skipped on a busy machine.
        ["Cache:RedisTimeout"] = "00:00:05",
        ["GraphQL:PersistedDocuments:ManifestPath"] = manifestPath,
    });
}
