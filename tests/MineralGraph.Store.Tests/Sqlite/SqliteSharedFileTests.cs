using Microsoft.Data.Sqlite;
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
    public async Task EnsureSchema_OnAVersion2File_UpgradesItKeepingTheDataAndStartsARevision()
    {
        var (store, _) = await TwoLoadedStoresAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE graph_revision; PRAGMA user_version = 2;";
            await downgrade.ExecuteNonQueryAsync();
        }

        await store.EnsureSchemaAsync(CancellationToken.None);

        Assert.True(await store.GetRevisionAsync(CancellationToken.None) > 0);
        Assert.Equal(35, (await store.GetStatisticsAsync(CancellationToken.None)).NodeCount);
        var result = await store.WriteAsync(new GraphWrite([new DeleteNode("mine:tanbreez", Detach: false)]), CancellationToken.None);
        Assert.Equal(result.Revision, await store.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnsureSchema_OnAVersion3File_IndexesIdentifiersForSearch()
    {
        var (store, _) = await TwoLoadedStoresAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "UPDATE node_search SET aliases = ''; PRAGMA user_version = 3;";
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
