namespace MineralGraph.Api.Caching;

/// <summary>
/// The response cache, the document cache and their Redis level; bound from the <c>Cache</c>
/// section and validated at start. Without <see cref="Redis"/> the cache is in-process only.
/// </summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Whether query responses are cached; parsed documents are cached either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// StackExchange.Redis configuration of the shared second level, e.g. <c>localhost:6379</c>;
    /// null or empty keeps every cache in this process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Prefix of every key this API writes to Redis. Instances over the same store share it;
    /// a deployment over another store needs its own, since keys carry the store's revision,
    /// not which store it is.
    /// </summary>
    public string KeyPrefix { get; set; } = "mineralgraph:";

    /// <summary>How long a response stays in Redis. Keys carry the store's revision, so this bounds memory, not staleness.</summary>
    public TimeSpan ResponseTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a response stays in this process's memory (at most <see cref="ResponseTtl"/>).</summary>
    public TimeSpan LocalTtl { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest response body cached, in bytes; larger responses are answered but not kept.</summary>
    public int MaxPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>Total bytes of responses kept in this process's memory.</summary>
    public long LocalMaxBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Total characters of query text whose parsed documents are kept in memory.</summary>
    public int DocumentCacheMaxChars { get; set; } = 2_000_000;

    /// <summary>
    /// Longest a request waits for one Redis operation; past it the operation counts as a miss
    /// (read) or is skipped (write), and the answer comes from the store.
    /// </summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Consecutive Redis failures that open the circuit breaker.</summary>
    public int FailuresBeforeBreak { get; set; } = 3;

    /// <summary>How long the open breaker keeps requests away from Redis before one probe tries again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>max-age</c> of a root field without its own hint (the schema's <c>@cacheControl</c> default), in seconds.
    /// 0 (the default): browsers and CDNs may keep answers but must revalidate them (ETag → 304), so
    /// none of them serves an answer older than the last write; more lets them reuse an answer that
    /// long without asking, even after a write.
    /// </summary>
    public int DefaultMaxAge { get; set; }

    /// <summary><c>max-age</c> of the researchers' questions (paths, exposure, concentration…), in seconds; 0 as for <see cref="DefaultMaxAge"/>.</summary>
    public int AnalyticsMaxAge { get; set; }

    /// <summary>Adds <c>X-Cache: HIT|MISS|BYPASS</c> to every GraphQL response that got as far as the cache.</summary>
    public bool Debug { get; set; }
}
