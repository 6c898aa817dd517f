using Microsoft.Data.Sqlite;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite change log's bound (Store:Sqlite:ChangeLogRevisions), its arrival in files made
/// before it, and another store over the same file following it (its relationship pages).
/// </summary>
public sealed class SqliteChangeLogRetentionTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-change-log-tests-");

    private string DatabasePath => Path.Combine(_directory.FullName, "graph.db");

    [Fact]
    public async Task Write_PastTheRetention_PrunesTheOldestEntries_SoAReadFromBeforeThemIsIncomplete()
    {
        var store = await LoadedStoreAsync(changeLogRevisions: 3);
        var before = await store.GetRevisionAsync(CancellationToken.None);
        var revisions = new List<long>();
        foreach (var status in new[] { "closed", "producing", "development", "care and maintenance", "producing" })
        {
            revisions.Add((await WriteStatusAsync(store, status)).Revision);
        }

        var page = await store.ReadChangesAsync(before, 100, CancellationToken.None);

        Assert.False(page.IsComplete);
        Assert.Equal(revisions.TakeLast(3), page.ChangeSets.Select(c => c.Revision));
        Assert.True((await store.ReadChangesAsync(revisions[1], 100, CancellationToken.None)).IsComplete);
        Assert.Equal(3L, await CountEntriesAsync());
    }

    [Fact]
    public async Task EnsureSchema_OnAVersion4File_ReplacesItsLogOfTouchedIds_AndLogsTheWritesFromThen()
    {
        var store = await LoadedStoreAsync(changeLogRevisions: 100);
        await ExecuteAsync("DROP TABLE change_log; CREATE TABLE graph_change (revision INTEGER NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (revision, kind, ref)) WITHOUT ROWID; PRAGMA user_version = 4;");
        var upgraded = await store.GetRevisionAsync(CancellationToken.None);

        await store.EnsureSchemaAsync(CancellationToken.None);
        var written = await WriteStatusAsync(store, "producing");

        var fromUpgrade = await store.ReadChangesAsync(upgraded, 10, CancellationToken.None);
        var fromBefore = await store.ReadChangesAsync(upgraded - 1, 10, CancellationToken.None);
        Assert.Equal([written.Revision], fromUpgrade.ChangeSets.Select(c => c.Revision));
        Assert.True(fromUpgrade.IsComplete);
        Assert.False(fromBefore.IsComplete);
        Assert.Equal(SqliteSchema.Version, await ScalarAsync("SELECT user_version FROM pragma_user_version"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'graph_change'"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(ChangeSet.MaxListedChanges + 1)]
    public async Task RelationshipWrittenThroughAnotherStore_ShowsInThisStoresPages_FromTheChangeLogOrAfterABulkEntry(int companies)
    {
        var reader = await LoadedStoreAsync(changeLogRevisions: 100);
        var before = await PageIdsAsync(reader);
        var writer = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        var creates = Enumerable.Range(1, companies).Select(i => (GraphChange)new CreateNode(TestGraph.Node($"company:c{i}", "Company", $"Company {i}")));

        await writer.WriteAsync(new GraphWrite([.. creates, new CreateRelationship(TestGraph.Relationship("company:c1", "OPERATES", "mine:tanbreez"))]), CancellationToken.None);

        Assert.Empty(before);
        Assert.Equal(["company:c1"], await PageIdsAsync(reader));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private async Task<IGraphStore> LoadedStoreAsync(int changeLogRevisions)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath, ChangeLogRevisions = changeLogRevisions }, GraphModel.Default);
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        return store;
    }

    private static async Task<string[]> PageIdsAsync(IGraphStore store) =>
        [.. (await store.GetRelationshipsAsync(new RelationshipQuery(["mine:tanbreez"], "OPERATES", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 10), false), CancellationToken.None))["mine:tanbreez"].Items.Select(i => i.Node.Id)];

    private static Task<WriteResult> WriteStatusAsync(IGraphStore store, string status) =>
        store.WriteAsync(new GraphWrite([new UpdateNode("mine:tanbreez", new Dictionary<string, object?> { ["status"] = status }, [])]), CancellationToken.None);

    private async Task<long> CountEntriesAsync() => await ScalarAsync("SELECT count(*) FROM change_log");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
