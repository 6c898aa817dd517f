using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Errors;

/// <summary>409 for an operation id already running on an event-stream reservation, or a second stream for a reservation.</summary>
public sealed class OperationExistsError(string message)
    : TransportError(message, ErrorCodes.OperationExists, StatusCodes.Status409Conflict);
