namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>Two instances on one store and a dedicated redis-server.</summary>
public sealed class RedisLivePair() : LivePair(withRedis: true);
