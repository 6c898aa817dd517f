using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a fresh SQLite file loaded with the repository's seed graph, with the
/// store wrapped in a <see cref="CountingGraphStore"/>. Settings can be overridden per factory.
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
