using Microsoft.Extensions.Options;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Loading;
using MineralGraph.Store;

namespace MineralGraph.Api.Hosting;

/// <summary>
/// Prepares the store before the API takes requests: creates its schema, and loads the seed
/// graph when the store is empty, so a fresh clone answers queries with no setup.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    IGraphStore store,
    GraphModel model,
    IOptions<GraphStoreOptions> options,
    IHostEnvironment environment,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureSchemaAsync(cancellationToken);
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        if (statistics.NodeCount > 0 || string.IsNullOrWhiteSpace(options.Value.SeedDirectory))
        {
            LogReady(statistics.NodeCount, statistics.RelationshipCount);
            return;
        }

        var directory = FindSeedDirectory(options.Value.SeedDirectory);
        var result = await SeedLoader.LoadAsync(store, directory, model, ensureSchema: false, SeedChecks.Full, cancellationToken);
        LogSeeded(result.Imported.Nodes, result.Imported.Relationships, directory);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A relative seed folder is looked up from the content root and then from each folder above it, so `dotnet run` works from the repository root or the project folder.</summary>
    private string FindSeedDirectory(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(environment.ContentRootPath); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"The seed folder '{configured}' was not found from {environment.ContentRootPath} upwards; set Store:SeedDirectory to its path, or to an empty value to start with an empty graph.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store ready: {Nodes} nodes, {Relationships} relationships.")]
    private partial void LogReady(long nodes, long relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed graph from {Directory}: {Nodes} nodes, {Relationships} relationships.")]
    private partial void LogSeeded(int nodes, int relationships, string directory);
}
