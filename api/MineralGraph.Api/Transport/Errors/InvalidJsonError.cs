using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>400 when the body, or a JSON-encoded GET parameter, is not valid JSON.</summary>
public sealed class InvalidJsonError(string what, string parserMessage)
    : TransportError(
        $"The {what} is not valid JSON ({parserMessage}): send a well-formed UTF-8 JSON value.",
        ErrorCodes.InvalidJson,
        StatusCodes.Status400BadRequest);
