namespace MineralGraph.Api.Caching;

/// <summary>
/// How long, and for whom, an operation's response may be reused: the smallest <c>maxAge</c>
/// of the fields it selects and <see cref="CacheScope.Private"/> if any of them is private,
/// as Apollo's <c>@cacheControl</c> defines it.
/// </summary>
public readonly record struct CachePolicy(int MaxAge, CacheScope Scope);
