using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Hosting;
using MineralGraph.Api.Subscriptions;
using MineralGraph.Api.Telemetry;
using MineralGraph.Store;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>Traces requests through GraphQL and the graph store, and exports traces and metrics over OTLP.</summary>
public static class OpenTelemetryExtensions
{
    /// <summary>The setting (an environment variable, as OpenTelemetry's SDKs read it) that turns export on.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Wraps GraphQL's parser, validator and execution strategies and the graph store in spans of
    /// the <see cref="MineralGraphActivitySource.Name"/> source. When <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// is set, traces (these spans, ASP.NET Core's and HttpClient's, which carry <c>traceparent</c>
    /// to Neo4j) and the cache's metrics are exported over OTLP, as the standard <c>OTEL_*</c>
    /// variables configure it (<c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>…);
    /// without it nothing listens and the spans cost next to nothing. Call it after the store and
    /// the schema are added.
    /// </summary>
    public static IHostApplicationBuilder AddOpenTelemetryTracing(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        const string caller = nameof(AddOpenTelemetryTracing);
        services.Decorate<IDocumentBuilder>(caller, (inner, _) => new TracedDocumentBuilder(inner));
        services.Decorate<IDocumentValidator>(caller, (inner, _) => new TracedDocumentValidator(inner));
        services.Decorate<IExecutionStrategySelector>(caller, (inner, _) => new TracedExecutionStrategySelector(inner));
        services.Decorate<IGraphStore>(caller, (inner, provider) => new TracedGraphStore(inner, provider.GetRequiredService<IOptions<GraphStoreOptions>>().Value.Provider));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "mineralgraph-api"))
                .WithTracing(tracing => tracing.AddMineralGraphInstrumentation())
                .WithMetrics(metrics => metrics.AddMeter(CacheMetrics.MeterName, SubscriptionMetrics.MeterName))
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// The spans this API makes: its own source, ASP.NET Core's server spans (which continue a
    /// caller's <c>traceparent</c>) and HttpClient's client spans (which send it on).
    /// </summary>
    public static TracerProviderBuilder AddMineralGraphInstrumentation(this TracerProviderBuilder tracing) =>
        tracing.AddSource(MineralGraphActivitySource.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();
}
