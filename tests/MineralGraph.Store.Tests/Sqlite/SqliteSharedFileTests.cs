using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>Two store instances over one file stand for two API processes: they share writes and the revision.</summary>
public sealed class SqliteSharedFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-shared-file-tests-");

    private string DatabasePath => Path.Combine(_directory.FullName, "shared.db");

    [Fact]
    public async Task GetRevision_OnTwoStoresOverOneFile_SeesTheOtherStoresWrite()
    {
        var (first, second) = await TwoLoadedStoresAsync();

        var result = await first.WriteAsync(new GraphWrite([new UpdateNode("country:my", new Dictionary<string, object?> { ["region"] = "Southeast Asia" }, [])]), CancellationToken.None);

        Assert.Equal(result.Revision, await second.GetRevisionAsync(CancellationToken.None));
        Assert.Equal("Southeast Asia", (await second.GetNodesAsync(["country:my"], CancellationToken.None))["country:my"]["region"]);
    }

    [Fact]
    public async Task Write_ConcurrentlyFromTwoStoresOverOneFile_AppliesEveryWriteWithItsOwnRevision()
    {
        var (first, second) = await TwoLoadedStoresAsync();
        var before = await first.GetRevisionAsync(CancellationToken.None);

        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).WriteAsync(
            new GraphWrite([new CreateNode(TestGraph.Node($"company:c{i}", "Company", $"Company {i}"))]), CancellationToken.None)));
        var results = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => before + i), results.Select(r => r.Revision).Order());
        Assert.Equal(before + 20, await second.GetRevisionAsync(CancellationToken.None));
        Assert.Equal(24, (await first.GetStatisticsAsync(CancellationToken.None)).NodesByLabel["Company"]);
    }

    [Fact]
    public async Task EnsureSchema_OnAVersion3File_UpgradesItKeepingTheGraphItsPagesAndItsRevision()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var version3 = connection.CreateCommand();
            // The version 3 layout: edges keyed by text, carrying their ends' labels and names for paging.
            version3.CommandText = """
                CREATE TABLE node (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL CHECK (json_valid(props)));
                CREATE INDEX node_by_label_name ON node(label, name, id);
                CREATE TABLE edge (key TEXT NOT NULL PRIMARY KEY, type TEXT NOT NULL, start_id TEXT NOT NULL REFERENCES node(id), end_id TEXT NOT NULL REFERENCES node(id),
                    props TEXT NOT NULL CHECK (json_valid(props)), start_label TEXT NOT NULL, start_name TEXT NOT NULL, end_label TEXT NOT NULL, end_name TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX edge_by_start ON edge(start_id, type, end_name, key, end_label);
                CREATE INDEX edge_by_end ON edge(end_id, type, start_name, key, start_label);
                CREATE INDEX node_by_status ON node(label, ifnull(json_extract(props, '$.status'), x''), id);
                CREATE VIRTUAL TABLE node_search USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TABLE graph_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL);
                INSERT INTO graph_revision VALUES (1, 42);
                INSERT INTO node(id, label, name, props) VALUES ('country:us', 'Country', 'United States', '{}'), ('mine:mountain-pass', 'Mine', 'Mountain Pass', '{"status":"producing"}'),
                    ('mine:round-top', 'Mine', 'Round Top', '{"status":"development"}');
                INSERT INTO node_search(rowid, name, aliases) SELECT rowid, name, '' FROM node;
                INSERT INTO edge VALUES ('mine:round-top|LOCATED_IN|country:us', 'LOCATED_IN', 'mine:round-top', 'country:us', '{"region":"Texas"}', 'Mine', 'Round Top', 'Country', 'United States'),
                    ('mine:mountain-pass|LOCATED_IN|country:us', 'LOCATED_IN', 'mine:mountain-pass', 'country:us', '{"region":"California"}', 'Mine', 'Mountain Pass', 'Country', 'United States');
                PRAGMA user_version = 3;
                """;
            await version3.ExecuteNonQueryAsync();
        }

        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        await store.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(42, await store.GetRevisionAsync(CancellationToken.None));
        var located = await store.GetRelationshipsAsync(
            new RelationshipQuery(["country:us"], "LOCATED_IN", Direction.Incoming, null, [], new SortOrder("region"), new PageRequest(First: 5), IncludeTotalCount: true), CancellationToken.None);
        Assert.Equal([("mine:mountain-pass", "California"), ("mine:round-top", "Texas")], located["country:us"].Items.Select(i => (i.Node.Id, (string)i.Relationship["region"]!)));
        Assert.Equal(2, located["country:us"].TotalCount);
        var producing = await store.FindNodesAsync(new NodeQuery("Mine", [new PropertyFilter("status", FilterOperator.Equals, "producing")], SortOrder.ByName, new PageRequest(First: 5), false), CancellationToken.None);
        Assert.Equal(["mine:mountain-pass"], producing.Items.Select(n => n.Id));
        var result = await store.WriteAsync(new GraphWrite([new DeleteNode("mine:round-top", Detach: true)]), CancellationToken.None);
        Assert.Equal(43, result.Revision);
        Assert.Equal(1, (await store.GetStatisticsAsync(CancellationToken.None)).RelationshipCount);
    }

    [Fact]
    public async Task EnsureSchema_OnAFileOfAnUnknownVersion_FailsWithAdvice()
    {
        var (store, _) = await TwoLoadedStoresAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 1;";
            await command.ExecuteNonQueryAsync();
        }

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.Equal(StoreErrorKind.Unavailable, exception.Kind);
        Assert.Contains("Delete it", exception.Message);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; close them before deleting the directory.
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private async Task<(IGraphStore First, IGraphStore Second)> TwoLoadedStoresAsync()
    {
        var first = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        await first.EnsureSchemaAsync(CancellationToken.None);
        await first.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        var second = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        await second.EnsureSchemaAsync(CancellationToken.None);
        return (first, second);
    }
}
