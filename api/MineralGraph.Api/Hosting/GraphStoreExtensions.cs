using Microsoft.Extensions.Options;
using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Hosting;

public static class GraphStoreExtensions
{
    /// <summary>Adds the graph model, the configured graph store, and its start-up (schema, then seed if empty).</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>()
            .BindConfiguration(GraphStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.SectionName)
            .PostConfigure<IHostEnvironment>((sqlite, environment) => sqlite.Path = Path.Combine(environment.ContentRootPath, sqlite.Path));
        builder.Services.AddSingleton(GraphModel.Default);
        builder.Services.AddSingleton<IGraphStore>(services => new SqliteGraphStore(
            services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            services.GetRequiredService<GraphModel>()));
        builder.Services.AddHostedService<GraphStoreInitializer>();
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store");
        return builder;
    }

    /// <summary>Maps <c>/health</c>: 200 when the graph store answers, 503 when it does not.</summary>
    public static IEndpointConventionBuilder MapGraphStoreHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health");
}
