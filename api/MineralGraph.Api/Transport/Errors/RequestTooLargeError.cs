using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>413 when the POST body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>.</summary>
public sealed class RequestTooLargeError(long limit)
    : TransportError(
        $"The request body is larger than {limit} bytes: send a smaller query or fewer variables, or raise {GraphQLHttpOptions.SectionName}:MaxRequestBodyBytes.",
        ErrorCodes.RequestTooLarge,
        StatusCodes.Status413PayloadTooLarge);
