using Microsoft.Data.Sqlite;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>SQLite stores in a temporary directory of their own, deleted with the fixture.</summary>
public sealed class SqliteGraphStoreFixture : GraphStoreFixture
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-store-tests-");
    private int _stores;

    public override Task<IGraphStore> CreateStoreAsync()
    {
        var path = Path.Combine(_directory.FullName, $"store-{Interlocked.Increment(ref _stores)}.db");
        return Task.FromResult<IGraphStore>(new SqliteGraphStore(new SqliteStoreOptions { Path = path }, GraphModel.Default));
    }

    public override Task DisposeAsync()
    {
        // Pooled connections keep the files open; close them before deleting the directory.
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
