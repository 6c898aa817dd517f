using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>One signal to the feed: a committed change set, a subscriber to attach, or (neither) a revision to check.</summary>
internal readonly record struct ChangeSignal(ChangeSet? Changes, ChangeSource Source, ChangeFeed.Subscriber? Subscriber);
