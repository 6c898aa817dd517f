using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Errors;

/// <summary>
/// 403 for a WebSocket opened by a page of an origin the API does not serve: browsers apply no
/// CORS to WebSockets, so the handshake is held to GraphQL:Http:AllowedOrigins here instead.
/// </summary>
public sealed class OriginNotAllowedError(string origin)
    : TransportError(
        $"WebSockets from pages at {origin} are not allowed: add the origin to GraphQL:Http:AllowedOrigins, or connect from the API's own origin.",
        ErrorCodes.Forbidden,
        StatusCodes.Status403Forbidden);
