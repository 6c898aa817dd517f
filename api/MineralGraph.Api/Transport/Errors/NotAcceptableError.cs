using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>406 when the Accept header allows neither GraphQL response media type.</summary>
public sealed class NotAcceptableError(string accept)
    : TransportError(
        $"None of the media types in 'Accept: {accept}' can be served: accept 'application/graphql-response+json' or 'application/json'.",
        ErrorCodes.NotAcceptable,
        StatusCodes.Status406NotAcceptable);
