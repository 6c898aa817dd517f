using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Errors;

/// <summary>429 for a live connection over the limit of its address or API key (<see cref="SubscriptionOptions"/>).</summary>
public sealed class TooManyConnectionsError(string message)
    : TransportError(message, ErrorCodes.TooManyConnections, StatusCodes.Status429TooManyRequests);
