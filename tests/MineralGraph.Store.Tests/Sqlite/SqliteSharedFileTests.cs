using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;
using MineralGraph.Store.Tests.Contract;
using static MineralGraph.Store.Tests.Contract.TestGraph;

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
    public async Task RelationshipPages_OfAStoreWhoseIndexIsLoaded_FollowTheOtherStoresWritesExactly()
    {
        var (writer, reader) = await TwoLoadedStoresAsync();
        async Task<List<(string Id, string Name, object? Stake)>> OwnersAsync() =>
            [.. (await reader.GetRelationshipsAsync(new RelationshipQuery(["mine:mountain-pass"], "OPERATES", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 10), true), CancellationToken.None))
                ["mine:mountain-pass"].Items.Select(i => (i.Node.Id, i.Node.Name, i.Relationship["stakePct"]))];
        var before = await OwnersAsync();
        Assert.Equal([("company:mp-materials", "MP Materials", (object?)100.0)], before);

        // Each write commits through the other store; the reader's index catches up from the change log.
        await writer.WriteAsync(new GraphWrite([
            new CreateNode(TestGraph.Node("company:aardvark-metals", "Company", "Aardvark Metals")),
            new CreateRelationship(TestGraph.Relationship("company:aardvark-metals", "OPERATES", "mine:mountain-pass", ("stakePct", 5.0))),
        ]), CancellationToken.None);
        var created = await OwnersAsync();
        await writer.WriteAsync(new GraphWrite([new UpdateNode("company:aardvark-metals", new Dictionary<string, object?> { [GraphModel.NameProperty] = "Zebra Metals" }, [])]), CancellationToken.None);
        await writer.WriteAsync(new GraphWrite([new UpdateRelationship(Key("company:aardvark-metals", "OPERATES", "mine:mountain-pass"), new Dictionary<string, object?> { ["stakePct"] = 7.5 }, [])]), CancellationToken.None);
        var renamed = await OwnersAsync();
        await writer.WriteAsync(new GraphWrite([new DeleteNode("company:aardvark-metals", Detach: true)]), CancellationToken.None);
        var deleted = await OwnersAsync();

        Assert.Equal([("company:aardvark-metals", "Aardvark Metals", (object?)5.0), .. before], created);
        Assert.Equal([.. before, ("company:aardvark-metals", "Zebra Metals", (object?)7.5)], renamed);
        Assert.Equal(before, deleted);
    }

    [Fact]
    public async Task RelationshipPages_AfterTheOtherStoreImports_AreThoseOfTheImportedGraph()
    {
        var (writer, reader) = await TwoLoadedStoresAsync();
        var query = new RelationshipQuery(["country:us"], "LOCATED_IN", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 50), true);
        var before = (await reader.GetRelationshipsAsync(query, CancellationToken.None))["country:us"];

        await writer.ImportAsync(new GraphDataset(
            [TestGraph.Node("mine:round-top", "Mine", "Round Top")],
            [TestGraph.Relationship("mine:round-top", "LOCATED_IN", "country:us", ("region", "Texas"))]), CancellationToken.None);
        var after = (await reader.GetRelationshipsAsync(query, CancellationToken.None))["country:us"];

        Assert.Equal(before.TotalCount + 1, after.TotalCount);
        Assert.Contains(after.Items, i => i.Node.Id == "mine:round-top" && (string?)i.Relationship["region"] == "Texas");
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
    public async Task EnsureSchema_OnAVersion4File_IndexesIdentifiersForSearch()
    {
        var (store, _) = await TwoLoadedStoresAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "UPDATE node_search SET aliases = ''; PRAGMA user_version = 4;";
            await downgrade.ExecuteNonQueryAsync();
        }

        Assert.DoesNotContain("regulation:eo-14017", await SearchIdsAsync(store, "14017"));

        await store.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal("regulation:eo-14017", (await SearchIdsAsync(store, "14017"))[0]);
        Assert.Equal("company:china-rare-earth-group", (await SearchIdsAsync(store, "CREG"))[0]);
    }

    private static async Task<List<string>> SearchIdsAsync(IGraphStore store, string text) =>
        [.. (await store.SearchAsync(new SearchQuery(text, null, 10), CancellationToken.None)).Select(h => h.Node.Id)];

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
