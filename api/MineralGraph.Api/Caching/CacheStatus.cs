namespace MineralGraph.Api.Caching;

/// <summary>How the response cache took part in answering a request; with <see cref="CacheOptions.Debug"/> on, sent as <c>X-Cache</c>.</summary>
public enum CacheStatus
{
    /// <summary>The request never reached the cache (a transport error).</summary>
    None,

    /// <summary>Answered from a cache, without executing.</summary>
    Hit,

    /// <summary>Executed because no cached response matched.</summary>
    Miss,

    /// <summary>Executed without looking: a mutation, an invalid document, or caching turned off.</summary>
    Bypass,
}
