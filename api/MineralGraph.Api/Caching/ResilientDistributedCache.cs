using Microsoft.Extensions.Caching.Distributed;

namespace MineralGraph.Api.Caching;

/// <summary>
/// The Redis <see cref="IDistributedCache"/> the response cache and persisted documents use,
/// made safe to depend on: it never throws a Redis failure to its caller. Each operation gets
/// <see cref="CacheOptions.RedisTimeout"/>; a failed or late read is a miss, a failed or late
/// write is skipped; <see cref="CircuitBreaker"/> stops calling Redis while it keeps failing.
/// Only the caller's own cancellation is thrown.
/// </summary>
/// <remarks>
/// It deliberately does not implement <see cref="IBufferDistributedCache"/>: a timed-out call
/// keeps running inside the Redis client, and with pooled buffers it would read or write memory
/// its caller has already reused. Plain arrays that this class owns make a late finish harmless.
/// </remarks>
internal sealed class ResilientDistributedCache(IDistributedCache redis, CircuitBreaker breaker, CacheMetrics metrics, TimeSpan timeout, TimeProvider time) : IDistributedCache
{
    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        RunAsync("get", (redis, key), static (state, ct) => state.redis.GetAsync(state.key, ct), token);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        // The caller may pool the array and reuse it as soon as this returns, which on a
        // timeout is before Redis has read it.
        var copy = value.AsSpan().ToArray();
        return RunAsync("set", (redis, key, copy, options), static async (state, ct) =>
        {
            await state.redis.SetAsync(state.key, state.copy, state.options, ct);
            return true;
        }, token);
    }

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync("refresh", (redis, key), static async (state, ct) =>
        {
            await state.redis.RefreshAsync(state.key, ct);
            return true;
        }, token);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync("remove", (redis, key), static async (state, ct) =>
        {
            await state.redis.RemoveAsync(state.key, ct);
            return true;
        }, token);

    // The synchronous methods are bounded by the connection's SyncTimeout, set to the same limit.
    public byte[]? Get(string key) => Run("get", () => redis.Get(key));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Run("set", () =>
        {
            redis.Set(key, value, options);
            return true;
        });

    public void Refresh(string key) =>
        Run("refresh", () =>
        {
            redis.Refresh(key);
            return true;
        });

    public void Remove(string key) =>
        Run("remove", () =>
        {
            redis.Remove(key);
            return true;
        });

    private async Task<T?> RunAsync<TState, T>(string operation, TState state, Func<TState, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        if (!breaker.TryAcquire())
        {
            metrics.RedisError(operation, "circuit_open");
            return default;
        }

        var started = time.GetTimestamp();
        Task<T>? pending = null;
        try
        {
            pending = call(state, cancellationToken);
            var result = await pending.WaitAsync(timeout, time, cancellationToken);
            breaker.Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The call may still fail after its caller gave up; nobody else would observe that.
            Observe(pending);
            breaker.Abandoned();
            throw;
        }
        catch (TimeoutException)
        {
            Observe(pending);
            Fail(operation, "timeout", $"{operation} took longer than {timeout.TotalMilliseconds:0} ms");
        }
        catch (Exception exception)
        {
            Fail(operation, "failure", $"{operation} failed: {exception.Message}");
        }
        finally
        {
            metrics.RedisDuration(operation, time.GetElapsedTime(started));
        }

        return default;
    }

    private T? Run<T>(string operation, Func<T> call)
    {
        if (!breaker.TryAcquire())
        {
            metrics.RedisError(operation, "circuit_open");
            return default;
        }

        var started = time.GetTimestamp();
        try
        {
            var result = call();
            breaker.Succeeded();
            return result;
        }
        catch (Exception exception)
        {
            Fail(operation, exception is TimeoutException ? "timeout" : "failure", $"{operation} failed: {exception.Message}");
            return default;
        }
        finally
        {
            metrics.RedisDuration(operation, time.GetElapsedTime(started));
        }
    }

    private void Fail(string operation, string kind, string reason)
    {
        metrics.RedisError(operation, kind);
        breaker.Failed(reason);
    }

    /// <summary>A call abandoned on timeout may still fail later; observe it so it is not reported as unobserved.</summary>
    private static void Observe(Task? pending) =>
        pending?.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
