using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var bulk = await IsEmptyAsync(connection, cancellationToken);
            if (bulk)
            {
                // Filling an empty store: building the secondary indexes once at the end is far cheaper than updating them row by row.
                await DropSecondaryIndexesAsync(connection, cancellationToken);
            }

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

            // FTS5 keeps its own copy of name and aliases; replacing by rowid keeps it in step with the node.
            await using var index = connection.CreateCommand();
            index.CommandText = "INSERT OR REPLACE INTO node_search(rowid, name, aliases) VALUES ($rowid, $name, $aliases)";
            var indexRow = index.Parameters.Add("$rowid", SqliteType.Integer);
            var indexName = index.Parameters.Add("$name", SqliteType.Text);
            var indexAliases = index.Parameters.Add("$aliases", SqliteType.Text);

            // Edges carry their ends' labels and names for paging; a renamed node renames them too.
            await using var renameStarts = connection.CreateCommand();
            renameStarts.CommandText = "UPDATE edge SET start_label = $label, start_name = $name WHERE start_id = $id AND (start_label <> $label OR start_name <> $name)";
            var renameStart = renameStarts.Parameters.Add("$id", SqliteType.Text);
            var renameStartLabel = renameStarts.Parameters.Add("$label", SqliteType.Text);
            var renameStartName = renameStarts.Parameters.Add("$name", SqliteType.Text);
            await using var renameEnds = connection.CreateCommand();
            renameEnds.CommandText = "UPDATE edge SET end_label = $label, end_name = $name WHERE end_id = $id AND (end_label <> $label OR end_name <> $name)";
            var renameEnd = renameEnds.Parameters.Add("$id", SqliteType.Text);
            var renameEndLabel = renameEnds.Parameters.Add("$label", SqliteType.Text);
            var renameEndName = renameEnds.Parameters.Add("$name", SqliteType.Text);

            foreach (var node in dataset.Nodes)
            {
                nodeId.Value = node.Id;
                nodeLabel.Value = node.Label;
                nodeName.Value = WriteChecks.NameOf(node);
                nodeProps.Value = PropertyCodec.Serialize(node.Properties, skip: GraphModel.NameProperty);
                var rowid = (long)(await upsertNode.ExecuteScalarAsync(cancellationToken))!;

                if (!bulk)
                {
                    renameStart.Value = renameEnd.Value = node.Id;
                    renameStartLabel.Value = renameEndLabel.Value = node.Label;
                    renameStartName.Value = renameEndName.Value = node.Name;
                    await renameStarts.ExecuteNonQueryAsync(cancellationToken);
                    await renameEnds.ExecuteNonQueryAsync(cancellationToken);
                }

                indexRow.Value = rowid;
                indexName.Value = nodeName.Value;
                indexAliases.Value = SearchAliases(node.Properties);
                await index.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var upsertEdge = connection.CreateCommand();
            upsertEdge.CommandText = """
                INSERT INTO edge(key, type, start_id, end_id, props, start_label, start_name, end_label, end_name)
                SELECT $key, $type, s.id, t.id, $props, s.label, s.name, t.label, t.name FROM node s, node t WHERE s.id = $start AND t.id = $end
                ON CONFLICT(key) DO UPDATE SET type = excluded.type, start_id = excluded.start_id, end_id = excluded.end_id, props = excluded.props,
                    start_label = excluded.start_label, start_name = excluded.start_name, end_label = excluded.end_label, end_name = excluded.end_name
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

            if (bulk)
            {
                // Rebuild the indexes, then sample statistics so the planner knows how unequal labels and types are.
                await ExecuteAsync(connection, SqliteSchema.BuildScript(_model), cancellationToken);
                await ExecuteAsync(connection, "PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
            }

            var revision = await BumpRevisionAsync(connection, cancellationToken);
            await AppendChangesAsync(connection, ChangeSet.Bulk(revision, DateTimeOffset.UtcNow), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportResult(dataset.Nodes.Count, dataset.Relationships.Count);
        }, cancellationToken);

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
