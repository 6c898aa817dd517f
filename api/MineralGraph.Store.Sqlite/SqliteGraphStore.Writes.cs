using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Applies the changes in one IMMEDIATE transaction (the write lock is taken at BEGIN, so
    /// writers in this or another process queue for the busy timeout instead of failing at their
    /// first write), bumps the revision and logs the changes in it, and reads the written records
    /// back before commit.
    /// </summary>
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        if (write.Changes.Count == 0)
        {
            return WriteResult.Unchanged(await GetRevisionAsync(cancellationToken));
        }

        return await RunAsync(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var log = new WriteLog();
            foreach (var change in write.Changes)
            {
                var task = change switch
                {
                    CreateNode create => CreateNodeAsync(connection, create.Node, log, cancellationToken),
                    UpdateNode update => UpdateNodeAsync(connection, update, log, cancellationToken),
                    DeleteNode delete => DeleteNodeAsync(connection, delete, log, cancellationToken),
                    CreateRelationship create => CreateRelationshipAsync(connection, create.Relationship, log, cancellationToken),
                    UpdateRelationship update => UpdateRelationshipAsync(connection, update, log, cancellationToken),
                    DeleteRelationship delete => DeleteRelationshipAsync(connection, delete.Key, log, cancellationToken),
                    _ => throw new GraphStoreException(StoreErrorKind.InvalidData, $"The SQLite store cannot apply a {change.GetType().Name}; send node and relationship creates, updates and deletes only."),
                };
                await task;
            }

            var revision = await BumpRevisionAsync(connection, cancellationToken);
            var nodes = await LoadNodesAsync(connection, log.WrittenNodeIds, cancellationToken);
            var relationships = await LoadRelationshipsAsync(connection, log.WrittenRelationshipKeys, cancellationToken);
            var changes = log.ToChangeSet(revision, DateTimeOffset.UtcNow, nodes, relationships);
            await AppendChangesAsync(connection, changes, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return log.ToResult(revision, nodes, relationships, changes);
        }, cancellationToken);
    }

    private async Task CreateNodeAsync(SqliteConnection connection, NodeRecord node, WriteLog log, CancellationToken cancellationToken)
    {
        WriteChecks.NewNode(node);
        var parameters = new SqlParameters();
        var sql = $"""
            INSERT INTO node(id, label, name, props) VALUES ({parameters.Add(node.Id)}, {parameters.Add(node.Label)}, {parameters.Add(node.Name)}, {parameters.Add(PropertyCodec.Serialize(node.Properties, skip: GraphModel.NameProperty))})
            ON CONFLICT(id) DO NOTHING RETURNING rowid
            """;
        await using (var insert = CreateCommand(connection, sql, parameters))
        {
            if (await insert.ExecuteScalarAsync(cancellationToken) is not long rowid)
            {
                throw WriteRefusals.NodeExists(node.Id);
            }

            await IndexNodeAsync(connection, rowid, cancellationToken);
        }

        log.NodeCreated(node.Id);
    }

    private async Task UpdateNodeAsync(SqliteConnection connection, UpdateNode update, WriteLog log, CancellationToken cancellationToken)
    {
        var changes = WriteChecks.NodeChanges(update);
        var (rowid, label, name, json) = await FindNodeAsync(connection, update.Id, cancellationToken);
        var properties = _codec.DeserializeNode(label, name, json);
        WriteChecks.Apply(properties, changes);
        var newName = (string)properties[GraphModel.NameProperty]!;

        var parameters = new SqlParameters();
        var sql = $"UPDATE node SET name = {parameters.Add(newName)}, props = {parameters.Add(PropertyCodec.Serialize(properties, skip: GraphModel.NameProperty))} WHERE rowid = {parameters.Add(rowid)}";
        await using (var command = CreateCommand(connection, sql, parameters))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await IndexNodeAsync(connection, rowid, cancellationToken);
        log.NodeUpdated(update.Id);
    }

    private static async Task DeleteNodeAsync(SqliteConnection connection, DeleteNode delete, WriteLog log, CancellationToken cancellationToken)
    {
        var (rowid, label, _, _) = await FindNodeAsync(connection, delete.Id, cancellationToken);
        var parameters = new SqlParameters();
        var id = parameters.Add(delete.Id);
        var detached = new List<(string Key, string Type, string Start, string End)>();
        await using (var linked = CreateCommand(connection, $"DELETE FROM edge WHERE start_id = {id} OR end_id = {id} RETURNING key, type, start_id, end_id", parameters))
        await using (var reader = await linked.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                detached.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        if (detached.Count > 0 && !delete.Detach)
        {
            throw WriteRefusals.NodeLinked(delete.Id, detached.Count, detached[0].Key);
        }

        if (label == GraphModel.SourceLabel)
        {
            // Citations sit in JSON lists, so this scans every node and edge: deleting a Source is rare, reads are not slowed by an index.
            var citation = $"""
                SELECT 'node', n.id FROM node n, json_each(n.props, '$.{GraphModel.SourcesProperty}') s WHERE s.value = {id} AND n.id <> {id}
                UNION ALL SELECT 'relationship', e.key FROM edge e, json_each(e.props, '$.{GraphModel.SourcesProperty}') s WHERE s.value = {id}
                LIMIT 1
                """;
            await using var cited = CreateCommand(connection, citation, parameters);
            await using var reader = await cited.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                throw WriteRefusals.SourceCited(delete.Id, reader.GetString(0), reader.GetString(1));
            }
        }

        var row = new SqlParameters();
        var rowParameter = row.Add(rowid);
        await using (var command = CreateCommand(connection, $"DELETE FROM node_search WHERE rowid = {rowParameter}; DELETE FROM node WHERE rowid = {rowParameter}", row))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (key, type, start, end) in detached)
        {
            log.RelationshipDeleted(key, type, start, end);
        }

        log.NodeDeleted(delete.Id, label);
    }

    private static async Task CreateRelationshipAsync(SqliteConnection connection, RelationshipRecord relationship, WriteLog log, CancellationToken cancellationToken)
    {
        WriteChecks.NewRelationship(relationship);
        var parameters = new SqlParameters();
        var key = parameters.Add(relationship.Key);
        var (start, end) = (parameters.Add(relationship.StartId), parameters.Add(relationship.EndId));
        var sql = $"""
            INSERT INTO edge(key, type, start_id, end_id, props)
            SELECT {key}, {parameters.Add(relationship.Type)}, s.id, t.id, {parameters.Add(PropertyCodec.Serialize(relationship.Properties))}
            FROM node s, node t WHERE s.id = {start} AND t.id = {end} AND NOT EXISTS (SELECT 1 FROM edge WHERE key = {key})
            """;
        await using (var insert = CreateCommand(connection, sql, parameters))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var diagnose = CreateCommand(connection, $"SELECT EXISTS (SELECT 1 FROM edge WHERE key = {key}), EXISTS (SELECT 1 FROM node WHERE id = {start})", parameters);
                await using var reader = await diagnose.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                throw reader.GetBoolean(0)
                    ? WriteRefusals.RelationshipExists(relationship.Key)
                    : WriteRefusals.EndMissing(relationship, reader.GetBoolean(1) ? relationship.EndId : relationship.StartId);
            }
        }

        log.RelationshipCreated(relationship.Key);
    }

    private async Task UpdateRelationshipAsync(SqliteConnection connection, UpdateRelationship update, WriteLog log, CancellationToken cancellationToken)
    {
        var changes = WriteChecks.RelationshipChanges(update);
        var parameters = new SqlParameters();
        var key = parameters.Add(update.Key);
        Dictionary<string, object?> properties;
        await using (var find = CreateCommand(connection, $"SELECT type, props FROM edge WHERE key = {key}", parameters))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw WriteRefusals.RelationshipMissing(update.Key);
            }

            properties = _codec.DeserializeRelationship(reader.GetString(0), reader.GetString(1));
        }

        WriteChecks.Apply(properties, changes);
        await using (var command = CreateCommand(connection, $"UPDATE edge SET props = {parameters.Add(PropertyCodec.Serialize(properties))} WHERE key = {key}", parameters))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        log.RelationshipUpdated(update.Key);
    }

    private static async Task DeleteRelationshipAsync(SqliteConnection connection, string key, WriteLog log, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = CreateCommand(connection, $"DELETE FROM edge WHERE key = {parameters.Add(key)} RETURNING type, start_id, end_id", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw WriteRefusals.DeletedRelationshipMissing(key);
        }

        log.RelationshipDeleted(key, reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private static async Task<(long Rowid, string Label, string Name, string Properties)> FindNodeAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = CreateCommand(connection, $"SELECT rowid, label, name, props FROM node WHERE id = {parameters.Add(id)}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : throw WriteRefusals.NodeMissing(id);
    }

    /// <summary>FTS5 keeps its own copy of name, aliases and identifiers; replacing the row by rowid keeps it in step with the node.</summary>
    private async Task IndexNodeAsync(SqliteConnection connection, long rowid, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = CreateCommand(connection, IndexNodesSql($" WHERE rowid = {parameters.Add(rowid)}"), parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
