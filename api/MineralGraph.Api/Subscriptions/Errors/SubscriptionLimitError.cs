using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Errors;

/// <summary>
/// An operation over the limit of one connection (<see cref="SubscriptionOptions.MaxSubscriptionsPerConnection"/>):
/// an <c>error</c> message on a WebSocket, 429 for an event-stream reservation; the connection and its other operations go on.
/// </summary>
public sealed class SubscriptionLimitError(int limit)
    : TransportError(
        $"This connection already runs {limit} operations, the most allowed: complete one first, or open another connection.",
        ErrorCodes.SubscriptionLimitExceeded,
        StatusCodes.Status429TooManyRequests);
