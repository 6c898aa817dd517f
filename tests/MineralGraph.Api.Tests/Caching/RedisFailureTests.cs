using Microsoft.Extensions.Logging;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Caching;

/// <summary>
/// The whole API on a real, dedicated redis-server that fails under it: stopped, paused,
/// flushed mid-traffic. Every answer must still be right and must come (no hang), the breaker
/// must log once per state change, and caching must resume when Redis is back.
/// </summary>
public sealed class RedisFailureTests : IAsyncLifetime
{
    private const string ElementQuery = "query Element($id: ID!) { node(id: $id) { id name } }";

    // A bound on "answers at all", far above Cache:RedisTimeout plus the store's time; not a speed check.
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);

    private RedisServer _redis = null!;
    private CachingApiFactory _api = null!;
    private CacheProbe _probe = null!;
    private IReadOnlyList<string> _elementIds = [];

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartDedicatedAsync();
        _api = new CachingApiFactory(_redis.Configuration, new Dictionary<string, string?> { ["Cache:BreakDuration"] = "00:00:00.500" });
        _probe = new CacheProbe(_api.CreateClient());
        _elementIds = File.ReadLines(Path.Combine(Tests.Infrastructure.RepositoryPaths.SeedData, "nodes", "Element.csv")).Skip(1).Select(line => line[..line.IndexOf(',')]).ToList();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task RedisStoppedMidTraffic_EveryAnswerStaysRight_OneLogPerStateChange_AndCachingResumesAfterRestart()
    {
        var expected = new Dictionary<string, string>();
        foreach (var id in _elementIds.Take(10))
        {
            expected[id] = (await AskAsync(id)).Body;
        }

        Assert.True(await _redis.KeyCountAsync() >= 10, "Responses should be in Redis while it is up.");
        await _redis.StopAsync();

        foreach (var id in _elementIds.Take(20))
        {
            var response = await AskAsync(id);
            if (expected.TryGetValue(id, out var body))
            {
                Assert.Equal(body, response.Body);
            }
        }

        await _redis.StartAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var next = 20;
        while (await _redis.KeyCountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await AskAsync(_elementIds[next++ % _elementIds.Count]);
            await Task.Delay(100);
        }

        Assert.True(await _redis.KeyCountAsync() > 0, "Caching in Redis should resume once it is back.");
        var breakerLogs = _api.Logs.GetSnapshot().Where(log => log.Category == "MineralGraph.Api.Caching.CircuitBreaker" && log.Level >= LogLevel.Information).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Information], breakerLogs.Select(log => log.Level));
    }

    [Fact]
    public async Task RedisPaused_AnswersComeFromTheStoreBeforeThePauseEnds()
    {
        await AskAsync(_elementIds[0]);
        await _redis.PauseAsync(TimeSpan.FromSeconds(30));

        var cached = await AskAsync(_elementIds[0]);
        var fresh = await AskAsync(_elementIds[1]);

        Assert.Equal(("HIT", "MISS"), (cached.Cache, fresh.Cache));
        Assert.Equal(_elementIds[1], fresh.Data["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RedisFlushedMidTraffic_AnswersStayRightAndWritesStillShow()
    {
        var before = await AskAsync("element:ag");
        await _redis.FlushAllAsync();

        var afterFlush = await AskAsync("element:ag");
        await _api.Store.WriteAsync(new GraphWrite([new UpdateNode("element:ag", new Dictionary<string, object?> { ["name"] = "Argentum" }, [])]), CancellationToken.None);
        var afterWrite = await AskAsync("element:ag");

        Assert.Equal(before.Body, afterFlush.Body);
        Assert.Equal(("MISS", "Argentum"), (afterWrite.Cache, afterWrite.Data["node"]!["name"]!.GetValue<string>()));
    }

    private async Task<CacheProbeResponse> AskAsync(string id)
    {
        var response = await _probe.PostAsync(ElementQuery, new { id }).WaitAsync(NoHang);
        Assert.Equal(id, response.Data["node"]!["id"]!.GetValue<string>());
        return response;
    }
}
