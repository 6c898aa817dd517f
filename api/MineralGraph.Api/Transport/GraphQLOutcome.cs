using GraphQL;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.Transport;

/// <summary>
/// What the endpoint writes back: a result to serialize, or a successful query's response
/// already serialized (from the cache or just made for it), and how the cache took part.
/// </summary>
internal readonly struct GraphQLOutcome
{
    public GraphQLOutcome(ExecutionResult result, CacheStatus status)
    {
        Result = result;
        Status = status;
    }

    public GraphQLOutcome(CachedResponse response, CacheStatus status)
    {
        Response = response;
        Status = status;
    }

    public ExecutionResult? Result { get; }

    public CachedResponse? Response { get; }

    public CacheStatus Status { get; }

    /// <summary>Whether the document passed validation: the result executed, or there is a response, which only executed results get.</summary>
    public bool Validated => Response is not null || Result is { Executed: true };
}
