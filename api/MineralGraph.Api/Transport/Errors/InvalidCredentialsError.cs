using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 401 when a request carries credentials the server refuses (e.g. an unknown API key), whatever
/// the operation. Callers who send none may still read; a wrong key is a client mistake to surface,
/// not to serve silently as anonymous.
/// </summary>
public sealed class InvalidCredentialsError(string message)
    : TransportError(message, ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized)
{
    public override void AddHeaders(IHeaderDictionary headers) => headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
}
