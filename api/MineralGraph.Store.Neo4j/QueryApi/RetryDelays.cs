namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Exponential backoff with full-range jitter, so clients that failed together do not retry together.</summary>
internal static class RetryDelays
{
    /// <param name="retry">1 for the first retry.</param>
    public static TimeSpan For(int retry, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
