using System.Globalization;
using Microsoft.Data.Sqlite;
using MineralGraph.Store.Sqlite;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>
/// The bulk path of an empty store writes rows its own way (on SQLite's handle, some indexes kept
/// as rows go in, the others built after); it must leave what the upserts of a store that holds a
/// graph leave, with every index of the schema, and statistics for the planner.
/// </summary>
public sealed class SqliteBulkImportTests : IDisposable
{
    private const string Rows = """
        SELECT 'node', id, label, name, props FROM node
        UNION ALL SELECT 'edge', key, type, start_id || '>' || end_id, props FROM edge
        UNION ALL SELECT 'search', n.id, s.name, s.aliases, '' FROM node_search s JOIN node n ON n.rowid = s.rowid
        ORDER BY 1, 2
        """;

    private const string Indexes = "SELECT name, ifnull(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-bulk-import-tests-");

    [Fact]
    public async Task Import_IntoEmptyStore_LeavesTheRowsSearchIndexAndIndexesOfUpserts()
    {
        var dataset = TestGraph.Dataset;
        var bulk = Path.Combine(_directory.FullName, "bulk.db");
        var upserted = Path.Combine(_directory.FullName, "upserted.db");
        var schemaOnly = Path.Combine(_directory.FullName, "schema-only.db");
        await ImportAsync(schemaOnly);
        await ImportAsync(bulk, dataset);
        // One node first makes the store non-empty, so the whole dataset then goes in as upserts.
        await ImportAsync(upserted, new GraphDataset([dataset.Nodes[0]], []), dataset);

        Assert.Equal(dataset.Nodes.Count.ToString(CultureInfo.InvariantCulture), (await QueryAsync(bulk, "SELECT 'node', count(*) FROM node")).Single()[1]);
        Assert.Equal(await QueryAsync(upserted, Rows), await QueryAsync(bulk, Rows));
        Assert.Equal(await QueryAsync(schemaOnly, Indexes), await QueryAsync(bulk, Indexes));
        Assert.NotEmpty(await QueryAsync(bulk, "SELECT tbl, idx FROM sqlite_stat1 WHERE idx = 'edge_by_start'"));
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static async Task ImportAsync(string path, params GraphDataset[] datasets)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path }, GraphModel.Default);
        await store.EnsureSchemaAsync(CancellationToken.None);
        foreach (var dataset in datasets)
        {
            await store.ImportAsync(dataset, CancellationToken.None);
        }
    }

    private static async Task<List<string[]>> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }
}
