using MineralGraph.Store.Sqlite;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>A SQLite store in a temporary directory of its own, holding one dataset imported once for a test class, deleted with it.</summary>
public abstract class ImportedSqliteStore(GraphDataset dataset) : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-imported-store-");

    public SqliteGraphStore Store { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_directory.FullName, "graph.db");

    public async Task InitializeAsync()
    {
        Store = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        await Store.EnsureSchemaAsync(CancellationToken.None);
        await Store.ImportAsync(dataset, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Delete(recursive: true);
    }
}
