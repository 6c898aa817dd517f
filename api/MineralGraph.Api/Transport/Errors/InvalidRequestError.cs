using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>400 when the request parameters have the wrong shape, e.g. a missing or non-string query.</summary>
public sealed class InvalidRequestError(string message)
    : TransportError(message, ErrorCodes.BadRequest, StatusCodes.Status400BadRequest);
