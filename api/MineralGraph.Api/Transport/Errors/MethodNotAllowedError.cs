using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>405 for any method other than GET and POST.</summary>
public sealed class MethodNotAllowedError(string method)
    : TransportError(
        $"The HTTP method {method} is not supported: send GraphQL requests with POST (or GET for queries).",
        ErrorCodes.MethodNotAllowed,
        StatusCodes.Status405MethodNotAllowed)
{
    public override void AddHeaders(IHeaderDictionary headers) => headers[HeaderNames.Allow] = "GET, POST";
}
