using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Tests.Caching.Infrastructure;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>
/// The Redis IDistributedCache against a real, dedicated redis-server that the tests stop,
/// restart and pause: it never throws, never waits past its timeout, logs once per state change.
/// </summary>
public sealed class ResilientDistributedCacheTests : IAsyncLifetime
{
    // A bound on "answers at all", far above the 250 ms timeout; not a speed check.
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(5);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) };

    private readonly FakeLogCollector _logs = new();
    private RedisServer _server = null!;
    private RedisConnection _connection = null!;
    private ServiceProvider _metricsServices = null!;
    private MetricCollector<long> _errors = null!;
    private ResilientDistributedCache _cache = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartDedicatedAsync();
        var options = Options.Create(new CacheOptions
        {
            Redis = _server.Configuration,
            RedisTimeout = TimeSpan.FromMilliseconds(250),
            FailuresBeforeBreak = 3,
            BreakDuration = TimeSpan.FromMilliseconds(500),
        });
        _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = _metricsServices.GetRequiredService<IMeterFactory>();
        var metrics = new CacheMetrics(meterFactory);
        _errors = new MetricCollector<long>(meterFactory, CacheMetrics.MeterName, "mineralgraph.cache.redis.errors");
        _connection = new RedisConnection(options);
        var redis = new RedisCache(Options.Create(new RedisCacheOptions { InstanceName = "test:", ConnectionMultiplexerFactory = _connection.GetAsync }));
        var breaker = new CircuitBreaker(options, TimeProvider.System, metrics, new FakeLogger<CircuitBreaker>(_logs));
        _cache = new ResilientDistributedCache(redis, breaker, metrics, options.Value.RedisTimeout, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _errors.Dispose();
        await _connection.DisposeAsync();
        await _metricsServices.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SetThenGet_WithRedisUp_RoundTrips()
    {
        await _cache.SetAsync("a", [1, 2, 3], Entry);

        Assert.Equal([1, 2, 3], await _cache.GetAsync("a"));
        Assert.Empty(_logs.GetSnapshot());
    }

    [Fact]
    public async Task Operations_WithRedisStopped_AreMissesAndSkipsThatOpenTheBreakerWithOneWarning()
    {
        await _cache.SetAsync("a", [1], Entry);
        await _server.StopAsync();

        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await _cache.GetAsync("a").WaitAsync(NoHang));
            await _cache.SetAsync("b", [2], Entry).WaitAsync(NoHang);
        }

        var warning = Assert.Single(_logs.GetSnapshot(), log => log.Level >= LogLevel.Warning);
        Assert.Contains("Redis failed 3 times in a row", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_errors.GetMeasurementSnapshot(), m => Equals(m.Tags["reason"], "circuit_open"));
    }

    [Fact]
    public async Task Operations_AfterRedisRestarts_CloseTheBreakerWithOneInformationAndCacheAgain()
    {
        await _server.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            await _cache.GetAsync("a").WaitAsync(NoHang);
        }

        await _server.StartAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        byte[]? read = null;
        while (read is null && DateTime.UtcNow < deadline)
        {
            await _cache.SetAsync("a", [7], Entry).WaitAsync(NoHang);
            read = await _cache.GetAsync("a").WaitAsync(NoHang);
            await Task.Delay(100);
        }

        Assert.Equal([7], read);
        var logs = _logs.GetSnapshot().Where(log => log.Level >= LogLevel.Information).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Information], logs.Select(log => log.Level));
        Assert.Contains("Redis answers again", logs[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeWhoseCallerGivesUp_HandsTheProbeToTheNextOperation_SoCachingResumes()
    {
        await _server.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            await _cache.GetAsync("a").WaitAsync(NoHang);
        }

        await _server.StartAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _cache.GetAsync("a", new CancellationToken(canceled: true)));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        byte[]? read = null;
        while (read is null && DateTime.UtcNow < deadline)
        {
            await _cache.SetAsync("a", [8], Entry).WaitAsync(NoHang);
            read = await _cache.GetAsync("a").WaitAsync(NoHang);
            await Task.Delay(100);
        }

        Assert.Equal([8], read);
    }

    [Fact]
    public async Task Get_WhileRedisIsPaused_IsAMissBeforeThePauseEnds()
    {
        await _cache.SetAsync("a", [1], Entry);
        await _server.PauseAsync(TimeSpan.FromSeconds(10));

        Assert.Null(await _cache.GetAsync("a").WaitAsync(NoHang));
        Assert.Contains(_errors.GetMeasurementSnapshot(), m => Equals(m.Tags["reason"], "timeout"));
    }
}
