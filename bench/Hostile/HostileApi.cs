using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace MineralGraph.Bench.Hostile;

/// <summary>
/// The real API in this process (Production settings, logging off) on a fresh SQLite file with
/// the seed graph, answering through an in-memory server, so a request's cost is measured
/// without sockets and within the benchmark's own allocation count.
/// </summary>
internal sealed class HostileApi : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"mineralgraph-bench-hostile-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "api", "MineralGraph.Api"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Sqlite:Path", _database);
        builder.UseSetting("Store:SeedDirectory", Path.Combine(RepositoryRoot(), "seed", "data"));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MineralGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"MineralGraph.sln was not found above {AppContext.BaseDirectory}.");
    }
}
