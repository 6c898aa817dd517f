namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>Two instances on one store, without Redis: each polls the store's revision.</summary>
public sealed class PollingLivePair() : LivePair(withRedis: false);
