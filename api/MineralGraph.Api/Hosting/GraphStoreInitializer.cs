using Microsoft.Extensions.Options;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Loading;
using MineralGraph.Store;

namespace MineralGraph.Api.Hosting;

/// <summary>
/// Prepares the store before the API takes requests: creates its schema, and loads the seed
/// graph when the store is empty, so a fresh clone answers queries with no setup. Then, while the
/// API already answers, it warms the store up (the SQLite store loads its adjacency index), so the
/// first queries of a large graph do not spend their time limit waiting for it.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    IGraphStore store,
    GraphModel model,
    IOptions<GraphStoreOptions> options,
    IHostEnvironment environment,
    ILogger<GraphStoreInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _warmUp = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureSchemaAsync(cancellationToken);
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        if (statistics.NodeCount > 0 || string.IsNullOrWhiteSpace(options.Value.SeedDirectory))
        {
            LogReady(statistics.NodeCount, statistics.RelationshipCount);
        }
        else
        {
            var directory = FindSeedDirectory(options.Value.SeedDirectory);
            var result = await SeedLoader.LoadAsync(store, directory, model, ensureSchema: false, SeedChecks.Full, cancellationToken);
            LogSeeded(result.Imported.Nodes, result.Imported.Relationships, directory);
        }

        _warmUp = Task.Run(WarmUpAsync, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _warmUp.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <remarks>
    /// Cancels rather than disposes, as BackgroundService does: <c>app.Run()</c> disposes the host
    /// as soon as its own stop ends, while a second StopAsync (a test host's) may still be calling
    /// this service's.
    /// </remarks>
    public void Dispose() => _stopping.Cancel();

    private async Task WarmUpAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await store.WarmUpAsync(_stopping.Token);
            LogWarm(clock.Elapsed.TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Reads warm the store up themselves; this only spares the first of them the wait.
            LogWarmUpFailed(exception);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store warmed up in {Seconds:0.0} s.")]
    private partial void LogWarm(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the graph store up failed; the first reads will do it.")]
    private partial void LogWarmUpFailed(Exception exception);
}
