using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a fresh SQLite file loaded with the repository's seed graph, with the
/// store wrapped in a <see cref="CountingGraphStore"/>. Settings can be overridden per factory.
/// With MINERALGRAPH_NEO4J_URI set (and _USER, _PASSWORD, _DATABASE), the same API runs on that
/// Neo4j instead, so every GraphQL test of this project is the conformance suite for Neo4j; the
/// database must be empty or hold exactly the seed graph.
/// </summary>
public class SeededApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineralgraph-test-{Guid.NewGuid():N}.db");

    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Store:Sqlite:Path", _databasePath);
        if (Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_URI") is { Length: > 0 } neo4j)
        {
            builder.UseSetting("Store:Provider", "neo4j");
            builder.UseSetting("Store:Neo4j:Uri", neo4j);
            builder.UseSetting("Store:Neo4j:User", Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_USER"));
            builder.UseSetting("Store:Neo4j:Password", Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_PASSWORD"));
            builder.UseSetting("Store:Neo4j:Database", Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_DATABASE") ?? "neo4j");
        }

        builder.UseSetting("Store:SeedDirectory", RepositoryPaths.SeedData);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            var registration = services.Single(s => s.ServiceType == typeof(IGraphStore));
            services.Replace(ServiceDescriptor.Singleton<IGraphStore>(provider =>
                new CountingGraphStore((IGraphStore)registration.ImplementationFactory!(provider))));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
