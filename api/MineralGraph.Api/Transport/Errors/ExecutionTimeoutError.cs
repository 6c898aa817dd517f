using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 504 when an operation ran past <see cref="GraphQLHttpOptions.ExecutionTimeout"/> and was
/// cancelled. A 5xx even for <c>application/json</c>: the request was fine, the server gave up.
/// </summary>
public sealed class ExecutionTimeoutError(TimeSpan timeout)
    : TransportError(
        $"The operation did not finish within {timeout.TotalSeconds:0.###} s and was cancelled: ask for fewer fields, smaller pages or fewer hops, or raise {GraphQLHttpOptions.SectionName}:ExecutionTimeout.",
        ErrorCodes.Timeout,
        StatusCodes.Status504GatewayTimeout);
