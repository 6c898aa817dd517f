using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Errors;

/// <summary>404 for an event-stream token that names no reservation: it expired, its stream closed, or it was never made here.</summary>
public sealed class StreamNotFoundError()
    : TransportError(
        "The event-stream token names no open reservation (it expired, its stream closed, or another server made it): make a new reservation with PUT.",
        ErrorCodes.StreamNotFound,
        StatusCodes.Status404NotFound);
