using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>A label under one node in this many has its property indexes kept during a bulk import, not built after it.</summary>
    private const int SmallLabelShare = 50;

    /// <summary>
    /// An empty store is filled in bulk; a store that holds a graph takes the dataset as upserts.
    /// Either way it is one transaction: all or nothing.
    /// </summary>
    public Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
            await IsEmptyAsync(connection, cancellationToken)
                ? await BulkImportAsync(connection, dataset, cancellationToken)
                : await UpsertImportAsync(connection, dataset, cancellationToken), cancellationToken);

    /// <summary>
    /// Fills an empty store the way a database loads a dump: the dataset is checked in memory
    /// (names, dangling ends), so the rows go in without per-row foreign-key lookups; prepared
    /// INSERTs run on SQLite's own handle append them in one transaction, nodes in id order (so
    /// the unique id index grows at its end); the secondary indexes and the search index are built
    /// once at the end, each by one sort, but for the indexes of labels with few nodes, which are
    /// kept as rows go in; ANALYZE samples them for the planner.
    /// </summary>
    private async Task<ImportResult> BulkImportAsync(SqliteConnection connection, GraphDataset dataset, CancellationToken cancellationToken)
    {
        var nodes = LastById(dataset.Nodes, n => n.Id);
        nodes.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        var names = nodes.Select(WriteChecks.NameOf).ToList();
        var nodeProperties = EncodedProperties.Encode(nodes, n => n.Properties, GraphModel.NameProperty, cancellationToken);
        // The relationships are checked and encoded on another core while SQLite takes the nodes.
        var preparing = Task.Run(() => PrepareRelationships(dataset.Relationships, nodes, cancellationToken), cancellationToken);
        List<RelationshipRecord> relationships;
        await ExecuteAsync(connection, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA threads = 2;", cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await DropSecondaryIndexesAsync(connection, cancellationToken);
            if (KeptIndexesScript(nodes) is { Length: > 0 } keptIndexes)
            {
                await ExecuteAsync(connection, keptIndexes, cancellationToken);
            }

            InsertNodes(connection, nodes, names, nodeProperties, cancellationToken);
            (relationships, var relationshipProperties) = await preparing;
            InsertRelationships(connection, relationships, relationshipProperties, cancellationToken);
            await ExecuteAsync(connection, IndexNodesSql(""), cancellationToken);
            await ExecuteAsync(connection, SqliteSchema.BuildScript(_model), cancellationToken);
            await ExecuteAsync(connection, "PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
            await LogImportAsync(connection, await BumpRevisionAsync(connection, cancellationToken), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT;", CancellationToken.None);
        }

        return new ImportResult(nodes.Count, relationships.Count);
    }

    /// <summary>One relationship per key, each linking two of the nodes, with their properties encoded.</summary>
    private static (List<RelationshipRecord> Relationships, EncodedProperties Properties) PrepareRelationships(IReadOnlyList<RelationshipRecord> records, List<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var relationships = LastById(records, r => r.Key);
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in relationships.Where(r => !ids.Contains(r.StartId) || !ids.Contains(r.EndId)))
        {
            throw new GraphStoreException(StoreErrorKind.InvalidData, $"Relationship {relationship.Key} links {relationship.StartId} to {relationship.EndId}, but one of them is not a node; import the nodes first. Nothing was imported.");
        }

        return (relationships, EncodedProperties.Encode(relationships, r => r.Properties, null, cancellationToken));
    }

    /// <summary>
    /// The property indexes of the labels with few nodes, made before the rows go in. Building an
    /// index afterwards scans the whole node table, partial or not; keeping one as rows arrive
    /// costs a check of the label on every row and an insert on that label's rows only, which is
    /// less for a label with a small share of the nodes, and nothing for a label with none (in the
    /// 100,000-mine benchmark graph, four labels have none and three under 2 %: 21 of the 42
    /// property indexes are kept, not built).
    /// </summary>
    private string KeptIndexesScript(List<NodeRecord> nodes)
    {
        var counts = nodes.CountBy(n => n.Label).ToDictionary(StringComparer.Ordinal);
        return string.Concat(_model.Labels
            .Where(l => counts.GetValueOrDefault(l.Name) * SmallLabelShare < nodes.Count)
            .Select(SqliteSchema.LabelIndexScript));
    }

    /// <summary>Nodes in the order given (by id, so the unique id index grows at its end).</summary>
    private static void InsertNodes(SqliteConnection connection, List<NodeRecord> nodes, List<string> names, EncodedProperties properties, CancellationToken cancellationToken) =>
        InsertRows(connection, "INSERT INTO node(id, label, name, props) VALUES (?1, ?2, ?3, ?4)", nodes.Count, (insert, i) =>
        {
            insert.Text(1, nodes[i].Id);
            insert.Text(2, nodes[i].Label);
            insert.Text(3, names[i]);
            insert.Utf8(4, properties[i]);
        }, cancellationToken);

    private static void InsertRelationships(SqliteConnection connection, List<RelationshipRecord> relationships, EncodedProperties properties, CancellationToken cancellationToken) =>
        InsertRows(connection, "INSERT INTO edge(key, type, start_id, end_id, props) VALUES (?1, ?2, ?3, ?4, ?5)", relationships.Count, (insert, i) =>
        {
            var relationship = relationships[i];
            insert.Text(1, relationship.Key);
            insert.Text(2, relationship.Type);
            insert.Text(3, relationship.StartId);
            insert.Text(4, relationship.EndId);
            insert.Utf8(5, properties[i]);
        }, cancellationToken);

    /// <summary>
    /// Rows through one prepared INSERT. A running statement is interrupted on cancellation (see
    /// RunSessionAsync); between rows the token is looked at every few thousand rows, which keeps
    /// the check off the per-row cost.
    /// </summary>
    private static void InsertRows(SqliteConnection connection, string sql, int count, Action<BulkInsert, int> bind, CancellationToken cancellationToken)
    {
        using var insert = new BulkInsert(connection, sql);
        for (var i = 0; i < count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bind(insert, i);
            insert.Step();
        }
    }

    /// <summary>One record per id, the last of the dataset's winning, as the upserts of a non-empty store would have it.</summary>
    private static List<T> LastById<T>(IReadOnlyList<T> records, Func<T, string> id)
    {
        var positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            positions[id(records[i])] = i;
        }

        return positions.Count == records.Count ? [.. records] : [.. positions.Values.Order().Select(i => records[i])];
    }

    /// <summary>Upserts nodes by id (keeping the search index in step) and relationships by key, on a store that holds a graph.</summary>
    private async Task<ImportResult> UpsertImportAsync(SqliteConnection connection, GraphDataset dataset, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var upsertNode = connection.CreateCommand();
        upsertNode.CommandText = """
            INSERT INTO node(id, label, name, props) VALUES ($id, $label, $name, $props)
            ON CONFLICT(id) DO UPDATE SET label = excluded.label, name = excluded.name, props = excluded.props
            RETURNING rowid
            """;
        var nodeId = upsertNode.Parameters.Add("$id", SqliteType.Text);
        var nodeLabel = upsertNode.Parameters.Add("$label", SqliteType.Text);
        var nodeName = upsertNode.Parameters.Add("$name", SqliteType.Text);
        var nodeProps = upsertNode.Parameters.Add("$props", SqliteType.Text);

        // FTS5 keeps its own copy of name, aliases and identifiers; replacing by rowid keeps it in step with the node.
        await using var index = connection.CreateCommand();
        index.CommandText = IndexNodesSql(" WHERE rowid = $rowid");
        var indexRow = index.Parameters.Add("$rowid", SqliteType.Integer);
        foreach (var node in dataset.Nodes)
        {
            nodeId.Value = node.Id;
            nodeLabel.Value = node.Label;
            nodeName.Value = WriteChecks.NameOf(node);
            nodeProps.Value = PropertyCodec.Serialize(node.Properties, skip: GraphModel.NameProperty);
            indexRow.Value = (long)(await upsertNode.ExecuteScalarAsync(cancellationToken))!;
            await index.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var upsertEdge = connection.CreateCommand();
        upsertEdge.CommandText = """
            INSERT INTO edge(key, type, start_id, end_id, props)
            SELECT $key, $type, s.id, t.id, $props FROM node s, node t WHERE s.id = $start AND t.id = $end
            ON CONFLICT(key) DO UPDATE SET type = excluded.type, start_id = excluded.start_id, end_id = excluded.end_id, props = excluded.props
            """;
        var edgeKey = upsertEdge.Parameters.Add("$key", SqliteType.Text);
        var edgeType = upsertEdge.Parameters.Add("$type", SqliteType.Text);
        var edgeStart = upsertEdge.Parameters.Add("$start", SqliteType.Text);
        var edgeEnd = upsertEdge.Parameters.Add("$end", SqliteType.Text);
        var edgeProps = upsertEdge.Parameters.Add("$props", SqliteType.Text);
        foreach (var relationship in dataset.Relationships)
        {
            edgeKey.Value = relationship.Key;
            edgeType.Value = relationship.Type;
            edgeStart.Value = relationship.StartId;
            edgeEnd.Value = relationship.EndId;
            edgeProps.Value = PropertyCodec.Serialize(relationship.Properties);
            if (await upsertEdge.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new GraphStoreException(StoreErrorKind.InvalidData, $"Relationship {relationship.Key} links {relationship.StartId} to {relationship.EndId}, but one of them is not a node; import the nodes first. Nothing was imported.");
            }
        }

        await LogImportAsync(connection, await BumpRevisionAsync(connection, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(dataset.Nodes.Count, dataset.Relationships.Count);
    }

    /// <summary>An import is logged as one bulk entry: a reader of the log reads the graph again rather than replaying it.</summary>
    private Task LogImportAsync(SqliteConnection connection, long revision, CancellationToken cancellationToken) =>
        AppendChangesAsync(connection, ChangeSet.Bulk(revision, DateTimeOffset.UtcNow), cancellationToken);

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, "SELECT NOT EXISTS (SELECT 1 FROM node)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private static async Task DropSecondaryIndexesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var list = CreateCommand(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('node', 'edge') AND sql IS NOT NULL"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{SqliteSchema.CheckIdentifier(name)}\"", cancellationToken);
        }
    }
}
