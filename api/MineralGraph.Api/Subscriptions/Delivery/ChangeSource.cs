namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>Where the feed learned of a revision, as its metrics count it.</summary>
internal enum ChangeSource
{
    /// <summary>Committed by this process.</summary>
    Local,

    /// <summary>Published by another process over Redis.</summary>
    Redis,

    /// <summary>Read from the store's change log, after a gap or a revision check.</summary>
    Store,
}
