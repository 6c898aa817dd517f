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

            foreach (var node in dataset.Nodes)
            {
                nodeId.Value = node.Id;
                nodeLabel.Value = node.Label;
                nodeName.Value = node.Properties.GetValueOrDefault(GraphModel.NameProperty) as string
                    ?? throw new GraphStoreException(StoreErrorKind.InvalidData, $"Node '{node.Id}' has no name; give every node a string 'name' property.");
                nodeProps.Value = PropertyCodec.Serialize(node.Properties, skip: GraphModel.NameProperty);
                var rowid = (long)(await upsertNode.ExecuteScalarAsync(cancellationToken))!;

                indexRow.Value = rowid;
                indexName.Value = nodeName.Value;
                indexAliases.Value = node.Properties.GetValueOrDefault(GraphModel.AliasesProperty) is IEnumerable<string> aliases
                    ? string.Join(" ; ", aliases)
                    : "";
                await index.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var upsertEdge = connection.CreateCommand();
            upsertEdge.CommandText = """
                INSERT INTO edge(key, type, start_id, end_id, props) VALUES ($key, $type, $start, $end, $props)
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
                await upsertEdge.ExecuteNonQueryAsync(cancellationToken);
            }

            if (bulk)
            {
                await ExecuteAsync(connection, SqliteSchema.BuildScript(_model), cancellationToken);
            }

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
