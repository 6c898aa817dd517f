using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MineralGraph.Api.Caching;

/// <summary>
/// The process's one Redis connection, opened on first use. It never fails to open: with
/// <c>AbortOnConnectFail</c> off it keeps reconnecting in the background, and commands sent
/// while it is down fail at once instead of queueing, so callers see errors, not waits.
/// </summary>
internal sealed class RedisConnection(IOptions<CacheOptions> options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(options.Value));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(CacheOptions options)
    {
        var timeoutMs = (int)Math.Ceiling(options.RedisTimeout.TotalMilliseconds);
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = Math.Max(timeoutMs, 2000);
        configuration.AsyncTimeout = timeoutMs;
        configuration.SyncTimeout = timeoutMs;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        return await ConnectionMultiplexer.ConnectAsync(configuration);
    }
}
