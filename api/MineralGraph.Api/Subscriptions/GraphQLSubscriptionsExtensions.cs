using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MineralGraph.Api.Hosting;
using MineralGraph.Api.Subscriptions;
using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Delivery;
using MineralGraph.Api.Subscriptions.Execution;
using MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;
using MineralGraph.Api.Subscriptions.Transport.WebSockets;
using MineralGraph.Api.Transport;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace Microsoft.Extensions.Hosting;

/// <summary>Registers live updates: the change feed, its delivery across processes, and the WebSocket and Server-Sent Events transports.</summary>
public static class GraphQLSubscriptionsExtensions
{
    /// <summary>
    /// Adds the change feed fed by this process's commits, by Redis pub/sub when <c>Cache:Redis</c>
    /// is set, and by the store's revision (section <c>GraphQL:Subscriptions:Delivery</c>); wraps
    /// the graph store so its commits are announced; runs subscriptions with a service scope per
    /// event; and adds the transports' services and limits (section <c>GraphQL:Subscriptions</c>).
    /// Call after <c>AddGraphStore</c>, <c>AddMineralGraphSchema</c>, <c>AddGraphQLResponseCache</c>
    /// and <c>AddGraphQLHttpTransport</c>, whose services the transports reuse; map them with
    /// <c>app.UseGraphQLSubscriptions()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGraphQLSubscriptions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SubscriptionOptions>()
            .BindConfiguration(SubscriptionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ChangeDeliveryOptions>()
            .BindConfiguration(ChangeDeliveryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SubscriptionMetrics>();

        services.AddSingleton(provider => new ChangeSetCodec(provider.GetRequiredService<GraphModel>()));
        services.AddSingleton<ChangeSignals>();
        services.AddSingleton<RedisChangeBus>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisChangeBus>());
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
        services.Decorate<IGraphStore>(nameof(AddGraphQLSubscriptions), (inner, provider) =>
            new ChangePublishingGraphStore(inner, provider.GetRequiredService<ChangeSignals>(), provider.GetRequiredService<RedisChangeBus>()));

        services.AddSingleton(provider => new ExecutionStrategyRegistration(
            new ScopedSubscriptionExecutionStrategy(provider.GetRequiredService<IServiceScopeFactory>(), new ParallelExecutionStrategy()),
            OperationType.Subscription));
        services.AddSingleton<SharedSubscriptions>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<ConnectionLimiter>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<EventStreamReservations>();
        services.AddSingleton<GraphQLEventStreamHandler>();

        // Single connection mode reserves with PUT, stops with DELETE and names its stream by a header.
        services.PostConfigure<CorsOptions>(cors =>
        {
            if (cors.GetPolicy(GraphQLHttpCors.PolicyName) is { } policy)
            {
                policy.Methods.Add(HttpMethods.Put);
                policy.Methods.Add(HttpMethods.Delete);
                policy.Headers.Add(GraphQLSse.TokenHeader);
            }
        });

        return builder;
    }
}
