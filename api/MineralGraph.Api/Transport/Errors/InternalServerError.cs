using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>500 when the server failed on a request it should have answered; the log has the details, the client only this.</summary>
public sealed class InternalServerError()
    : TransportError(
        "The server failed to answer this request; the operators have the details in the log. Sending it again may work.",
        ErrorCodes.InternalError,
        StatusCodes.Status500InternalServerError);
