using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Seed.Tests;

/// <summary>A SQLite store in a temp file, deleted with its WAL files when the test ends.</summary>
internal sealed class SqliteDatabaseFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mineralgraph-seed-db-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public SqliteGraphStore OpenStore() => new(new SqliteStoreOptions { Path = Path }, GraphModel.Default);

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
