using Microsoft.Extensions.Options;
using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Execution;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Hosting;

public static class GraphStoreExtensions
{
    /// <summary>
    /// Adds the graph model, the graph store that <c>Store:Provider</c> names, and its start-up
    /// (schema, then seed if empty): switching stores is configuration, not code.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>()
            .BindConfiguration(GraphStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(GraphModel.Default);

        var provider = builder.Configuration[$"{GraphStoreOptions.SectionName}:{nameof(GraphStoreOptions.Provider)}"] ?? GraphStoreOptions.Sqlite;
        if (string.Equals(provider, GraphStoreOptions.Neo4j, StringComparison.Ordinal))
        {
            builder.AddNeo4jStore();
        }
        else
        {
            builder.AddSqliteStore();
        }

        builder.Services.AddHostedService<GraphStoreInitializer>();
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store");
        return builder;
    }

    /// <summary>Maps <c>/health</c>: 200 when the graph store answers, 503 when it does not.</summary>
    public static IEndpointConventionBuilder MapGraphStoreHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health");

    private static void AddSqliteStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.SectionName)
            .PostConfigure<IHostEnvironment>((sqlite, environment) => sqlite.Path = Path.Combine(environment.ContentRootPath, sqlite.Path))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(services => new SqliteGraphStore(
            services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            services.GetRequiredService<GraphModel>()));
    }

    /// <summary>The Neo4j store over the HTTP Query API: one pooled HttpClient and one executor for the process.</summary>
    private static void AddNeo4jStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<Neo4jStoreOptions>()
            .BindConfiguration(Neo4jStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Uri is null || o.Uri.Scheme is "http" or "https",
                "Store:Neo4j:Uri must be the server's http:// or https:// endpoint (the Query API), not bolt:// or neo4j://.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ICypherExecutor>(services => new QueryApiExecutor(
            QueryApiExecutor.CreateHttpClient(),
            services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
        builder.Services.AddSingleton<IGraphStore>(services => new Neo4jGraphStore(
            services.GetRequiredService<ICypherExecutor>(),
            services.GetRequiredService<GraphModel>(),
            services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
    }
}
