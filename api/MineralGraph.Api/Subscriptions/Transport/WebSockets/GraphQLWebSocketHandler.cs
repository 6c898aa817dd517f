using System.Net.WebSockets;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Errors;
using MineralGraph.Api.Subscriptions.Execution;
using MineralGraph.Api.Transport;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// Takes WebSocket handshakes on the GraphQL path: refuses, as HTTP errors, a page of an origin
/// the API does not serve (403), a key in the handshake's headers that matches nothing (401) and
/// an address with too many connections (429); accepts the graphql-transport-ws subprotocol, with
/// keep-alive pings, and runs the connection. A socket opened without that subprotocol is closed
/// with 4406, as graphql-ws servers do.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    OperationRunner runner,
    IGraphQLTextSerializer serializer,
    ApiKeyRing keys,
    ConnectionLimiter limiter,
    GraphQLResponseWriter writer,
    IOptions<SubscriptionOptions> options,
    IOptions<GraphQLHttpOptions> httpOptions,
    SubscriptionMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketConnection> logger)
{
    private readonly SubscriptionOptions _options = options.Value;
    private readonly HashSet<string> _allowedOrigins = new(httpOptions.Value.AllowedOrigins, StringComparer.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext context)
    {
        IDisposable lease;
        try
        {
            EnsureOriginAllowed(context.Request);
            await RejectedCredentials.ThrowIfAnyAsync(context);
            lease = limiter.TryAcquireAddress(context.Connection.RemoteIpAddress, out var refusal) ?? throw new TooManyConnectionsError(refusal!);
        }
        catch (TransportError error)
        {
            await writer.WriteAsync(context, new GraphQLOutcome(new ExecutionResult(error), CacheStatus.None), ResponseMediaType.Json);
            return;
        }

        using (lease)
        {
            if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.Subprotocol))
            {
                using var refused = await context.WebSockets.AcceptWebSocketAsync();
                await refused.CloseAsync((WebSocketCloseStatus)GraphQLTransportWs.SubprotocolNotAcceptable, $"Subprotocol not acceptable: use {GraphQLTransportWs.Subprotocol}", context.RequestAborted);
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = GraphQLTransportWs.Subprotocol,
                KeepAliveInterval = _options.KeepAliveInterval,
                KeepAliveTimeout = _options.KeepAliveTimeout,
            });
            var connection = new GraphQLWebSocketConnection(socket, context, runner, serializer, keys, limiter, _options, metrics, logger);
            await connection.RunAsync(lifetime.ApplicationStopping);
        }
    }

    /// <summary>A browser names the page's origin; other clients send none. The API's own origin and the configured ones may connect.</summary>
    private void EnsureOriginAllowed(HttpRequest request)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length > 0
            && !_allowedOrigins.Contains(origin)
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            throw new OriginNotAllowedError(origin);
        }
    }
}
