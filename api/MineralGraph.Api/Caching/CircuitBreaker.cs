using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Keeps requests away from Redis after <see cref="CacheOptions.FailuresBeforeBreak"/>
/// consecutive failures; after <see cref="CacheOptions.BreakDuration"/> one probe goes through,
/// and its outcome closes the breaker or opens it for another period. The closed state, the
/// common one, costs one volatile read per operation.
/// </summary>
/// <remarks>
/// Polly.Core's breaker opens on a failure ratio over a sampling window, not on consecutive
/// failures, and its timeout relies on the callee honouring cancellation, which StackExchange.Redis
/// does not once a command is queued; this class and <see cref="ResilientDistributedCache"/>
/// do both in a few lines.
/// </remarks>
internal sealed partial class CircuitBreaker(IOptions<CacheOptions> cacheOptions, TimeProvider time, CacheMetrics metrics, ILogger<CircuitBreaker> logger)
{
    private const int Closed = 0;
    private const int Open = 1;
    private const int HalfOpen = 2;

    private readonly CacheOptions _options = cacheOptions.Value;
    private readonly Lock _gate = new();
    private int _state;
    private int _failures;
    private long _openUntil;

    /// <summary>Whether an operation may go to Redis now; false means answer without Redis.</summary>
    public bool TryAcquire()
    {
        if (Volatile.Read(ref _state) == Closed)
        {
            return true;
        }

        lock (_gate)
        {
            if (_state == Open && time.GetTimestamp() >= _openUntil)
            {
                // This caller is the probe; everyone else stays away until it reports.
                Volatile.Write(ref _state, HalfOpen);
                metrics.BreakerTransition("half_open");
                return true;
            }

            return _state == Closed;
        }
    }

    public void Succeeded()
    {
        if (Volatile.Read(ref _state) == Closed && Volatile.Read(ref _failures) == 0)
        {
            return;
        }

        lock (_gate)
        {
            _failures = 0;
            if (_state != Closed)
            {
                Volatile.Write(ref _state, Closed);
                metrics.BreakerTransition("closed");
                LogClosed(logger);
            }
        }
    }

    public void Failed(string reason)
    {
        lock (_gate)
        {
            switch (_state)
            {
                case HalfOpen:
                    OpenLocked();
                    LogProbeFailed(logger, reason, _options.BreakDuration);
                    break;
                case Closed when ++_failures >= _options.FailuresBeforeBreak:
                    OpenLocked();
                    LogOpened(logger, _failures, reason, _options.BreakDuration);
                    break;
            }
        }
    }

    /// <summary>
    /// The operation ended without a verdict (its caller gave up). A probe hands its turn to the
    /// next operation; otherwise the breaker would wait forever for an outcome that never comes.
    /// </summary>
    public void Abandoned()
    {
        if (Volatile.Read(ref _state) != HalfOpen)
        {
            return;
        }

        lock (_gate)
        {
            if (_state == HalfOpen)
            {
                _openUntil = time.GetTimestamp();
                Volatile.Write(ref _state, Open);
            }
        }
    }

    private void OpenLocked()
    {
        _openUntil = time.GetTimestamp() + (long)(_options.BreakDuration.TotalSeconds * time.TimestampFrequency);
        Volatile.Write(ref _state, Open);
        metrics.BreakerTransition("open");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed {Failures} times in a row (last: {Reason}); responses come from this process's memory and the store, and Redis is tried again in {BreakDuration}. Check that Redis (Cache:Redis) is up and reachable.")]
    private static partial void LogOpened(ILogger logger, int failures, string reason, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis is still failing ({Reason}); next try in {BreakDuration}.")]
    private static partial void LogProbeFailed(ILogger logger, string reason, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again; the response cache uses it again.")]
    private static partial void LogClosed(ILogger logger);
}
