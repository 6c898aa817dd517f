using GraphQL;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Carries a result out of a cache factory that must not cache it (a result with errors, or a
/// body above <see cref="CacheOptions.MaxPayloadBytes"/>): HybridCache's factory cannot decline
/// to store, and throwing is how it hands a value back without keeping it. Thrown on those rare
/// paths only, never for a cacheable result.
/// </summary>
internal sealed class UncacheableResultException(ExecutionResult result, CachedResponse? response)
    : Exception("The result is not cacheable.")
{
    public ExecutionResult Result { get; } = result;

    /// <summary>The serialized response, when the result was fine but too large to keep.</summary>
    public CachedResponse? Response { get; } = response;
}
