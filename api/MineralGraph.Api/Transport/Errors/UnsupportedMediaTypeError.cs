using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 415 for a POST body that is not UTF-8 <c>application/json</c>. Refusing form and text bodies
/// also keeps cross-site forms from posting to the endpoint without a CORS preflight.
/// </summary>
public sealed class UnsupportedMediaTypeError(string? contentType)
    : TransportError(
        contentType is null
            ? "The request has no Content-Type: send the body as JSON with 'Content-Type: application/json'."
            : $"The Content-Type '{contentType}' is not supported: send the body as UTF-8 JSON with 'Content-Type: application/json'.",
        ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status415UnsupportedMediaType);
