using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;
using MineralGraph.Api.Subscriptions.Transport.WebSockets;
using MineralGraph.Api.Transport;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Puts the live transports on the GraphQL path.</summary>
public static class GraphQLSubscriptionsApplicationExtensions
{
    /// <summary>
    /// On <c>GraphQL:Http:Path</c>, takes WebSocket handshakes (graphql-transport-ws) and the
    /// requests of GraphQL over Server-Sent Events (graphql-sse), and passes every other request
    /// on to GraphQL over HTTP. Call after <c>app.UseCors()</c> and <c>app.UseAuthentication()</c>.
    /// </summary>
    public static IApplicationBuilder UseGraphQLSubscriptions(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        if (services.GetService<GraphQLWebSocketHandler>() is not { } webSockets || services.GetService<DocumentCache>() is null)
        {
            throw new InvalidOperationException("UseGraphQLSubscriptions needs its services: call builder.AddGraphQLResponseCache(), builder.AddGraphQLHttpTransport() and builder.AddGraphQLSubscriptions() before building the app.");
        }

        var eventStreams = services.GetRequiredService<GraphQLEventStreamHandler>();
        var path = new PathString(services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path);
        app.UseWebSockets();
        app.Use((context, next) => context.Request.Path == path && context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context) : next(context));
        app.Use((context, next) => context.Request.Path == path && GraphQLEventStreamHandler.Accepts(context.Request) ? eventStreams.HandleAsync(context) : next(context));
        return app;
    }
}
