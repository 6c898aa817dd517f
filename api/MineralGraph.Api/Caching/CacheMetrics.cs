using System.Diagnostics.Metrics;

namespace MineralGraph.Api.Caching;

/// <summary>
/// The cache's OpenTelemetry instruments, on the meter <see cref="MeterName"/>. Hits and misses
/// carry <c>cache</c> (<see cref="Response"/>, <see cref="Document"/>, <see cref="Persisted"/>);
/// hits also carry <c>level</c> (<see cref="LocalLevel"/>, <see cref="RedisLevel"/>, or
/// <see cref="ManifestLevel"/> for a persisted document the trusted manifest holds).
/// </summary>
public sealed class CacheMetrics
{
    public const string MeterName = "MineralGraph.Cache";

    public const string Response = "response";
    public const string Document = "document";
    public const string Persisted = "persisted";

    public const string LocalLevel = "l1";
    public const string RedisLevel = "l2";
    public const string ManifestLevel = "manifest";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _redisDuration;
    private readonly Counter<long> _breakerTransitions;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("mineralgraph.cache.hits", "{hit}", "Lookups answered from a cache.");
        _misses = meter.CreateCounter<long>("mineralgraph.cache.misses", "{miss}", "Lookups that found nothing and did the work.");
        _errors = meter.CreateCounter<long>("mineralgraph.cache.redis.errors", "{error}", "Redis operations that failed, timed out or were refused by the open circuit breaker; each was answered as a miss or skipped.");
        _redisDuration = meter.CreateHistogram<double>("mineralgraph.cache.redis.duration", "s", "How long Redis operations took, as the caller saw them.");
        _breakerTransitions = meter.CreateCounter<long>("mineralgraph.cache.redis.breaker.transitions", "{transition}", "Changes of the Redis circuit breaker's state.");
    }

    public void Hit(string cache, string level) =>
        _hits.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("level", level));

    public void Miss(string cache) => _misses.Add(1, new KeyValuePair<string, object?>("cache", cache));

    internal void RedisError(string operation, string reason) =>
        _errors.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));

    internal void RedisDuration(string operation, TimeSpan elapsed) =>
        _redisDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    internal void BreakerTransition(string state) =>
        _breakerTransitions.Add(1, new KeyValuePair<string, object?>("state", state));
}
