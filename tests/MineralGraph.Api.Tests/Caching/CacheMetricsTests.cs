using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Tests.Caching.Infrastructure;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>The MineralGraph.Cache meter counts what the response cache does, with the level of each hit.</summary>
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
}
