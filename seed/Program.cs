using MineralGraph.GraphSchema;
using MineralGraph.Seed.Cli;
using MineralGraph.Store.Sqlite;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, stop) =>
{
    stop.Cancel = true;
    cancellation.Cancel();
};

var commandLine = new SeedCommandLine(Console.Out, Console.Error, OpenSqliteStore);
return await commandLine.RunAsync(args, cancellation.Token);

// The embedded store is the CLI's only adapter; the API host passes its own store to SeedLoader.
static SqliteGraphStore OpenSqliteStore(string? databasePath)
{
    var options = new SqliteStoreOptions();
    if (databasePath is not null)
    {
        options.Path = databasePath;
    }

    return new SqliteGraphStore(options, GraphModel.Default);
}
