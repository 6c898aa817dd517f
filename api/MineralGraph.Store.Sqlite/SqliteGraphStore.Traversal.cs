using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken)
    {
        if (query.StartIds.Count == 0 || query.MaxHops < 1)
        {
            return Task.FromResult<IReadOnlyList<GraphPath>>([]);
        }

        return RunAsync<IReadOnlyList<GraphPath>>(async connection =>
        {
            var parameters = new SqlParameters();
            var sql = WalkSql(query.StartIds, query.Types, query.Direction, query.MaxHops, query.MaxRows, stopAt: null, parameters);
            var walked = await ReadWalkAsync(connection, sql, parameters, query.MaxRows, cancellationToken);

            // The walk is breadth-first, so the first row that reaches a node holds a shortest path to it.
            var seen = new HashSet<(string, string)>();
            var chosen = walked.Where(step => step.Hops > 0 && seen.Add((step.Origin, step.NodeId))).ToList();
            return await MaterializeAsync(connection, chosen, cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        if (query.MaxHops < 1 || query.Limit < 1)
        {
            return Task.FromResult<IReadOnlyList<GraphPath>>([]);
        }

        return RunAsync<IReadOnlyList<GraphPath>>(async connection =>
        {
            // One hop deeper at a time: the search stops at the length of the shortest path instead
            // of walking every path up to MaxHops, which would exceed MaxRows in any dense graph.
            for (var hops = 1; hops <= query.MaxHops; hops++)
            {
                var parameters = new SqlParameters();
                var sql = WalkSql([query.FromId], query.Types, query.Direction, hops, query.MaxRows, query.ToId, parameters);
                var walked = await ReadWalkAsync(connection, sql, parameters, query.MaxRows, cancellationToken);
                var found = walked.Where(step => step.Hops > 0 && step.NodeId == query.ToId).Take(query.Limit).ToList();
                if (found.Count > 0)
                {
                    return await MaterializeAsync(connection, found, cancellationToken);
                }

                if (!walked.Any(step => step.Hops == hops))
                {
                    break;
                }
            }

            return [];
        }, cancellationToken);
    }

    /// <summary>
    /// A breadth-first recursive CTE over the edge table that never revisits a node on the same
    /// path and stops after <paramref name="maxRows"/> + 1 paths (the start rows aside), so a
    /// walk too large to finish is detected instead of run to the end.
    /// </summary>
    private static string WalkSql(IReadOnlyList<string> starts, IReadOnlyList<string> types, Direction direction, int maxHops, int maxRows, string? stopAt, SqlParameters parameters)
    {
        var startList = parameters.AddList(starts);
        var hops = parameters.Add(maxHops);
        var typeList = types.Count > 0 ? parameters.AddList(types) : null;
        var stop = stopAt is null ? null : parameters.Add(stopAt);
        var sql = new StringBuilder("WITH RECURSIVE walk(origin, node_id, hops, edge_keys, node_ids) AS (SELECT value, value, 0, '[]', json_array(value) FROM json_each(")
            .Append(startList).Append(')');
        foreach (var (near, far) in FilterTranslator.Ends(direction))
        {
            sql.Append(" UNION ALL SELECT w.origin, e.").Append(far).Append(", w.hops + 1, json_insert(w.edge_keys, '$[#]', e.key), json_insert(w.node_ids, '$[#]', e.").Append(far)
                .Append(") FROM walk w JOIN edge e ON e.").Append(near).Append(" = w.node_id WHERE w.hops < ").Append(hops)
                .Append(" AND NOT EXISTS (SELECT 1 FROM json_each(w.node_ids) v WHERE v.value = e.").Append(far).Append(')');
            if (typeList is not null)
            {
                sql.Append(" AND e.type IN (SELECT value FROM json_each(").Append(typeList).Append("))");
            }

            if (stop is not null)
            {
                sql.Append(" AND w.node_id <> ").Append(stop);
            }
        }

        sql.Append(" LIMIT ").Append(parameters.Add(starts.Count + maxRows + 1)).Append(") SELECT origin, node_id, hops, edge_keys, node_ids FROM walk");
        return sql.ToString();
    }

    private static async Task<List<WalkStep>> ReadWalkAsync(SqliteConnection connection, string sql, SqlParameters parameters, int maxRows, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<WalkStep>();
        while (await reader.ReadAsync(cancellationToken))
        {
            steps.Add(new WalkStep(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
        }

        if (steps.Count(step => step.Hops > 0) > maxRows)
        {
            throw GraphStoreException.TooManyPaths(maxRows);
        }

        return steps;
    }

    private async Task<IReadOnlyList<GraphPath>> MaterializeAsync(SqliteConnection connection, List<WalkStep> steps, CancellationToken cancellationToken)
    {
        var walks = steps.Select(s => (NodeIds: JsonSerializer.Deserialize<string[]>(s.NodeIdsJson)!, EdgeKeys: JsonSerializer.Deserialize<string[]>(s.EdgeKeysJson)!)).ToList();
        var nodes = await LoadNodesAsync(connection, walks.SelectMany(w => w.NodeIds).Distinct(StringComparer.Ordinal), cancellationToken);
        var relationships = await LoadRelationshipsAsync(connection, walks.SelectMany(w => w.EdgeKeys).Distinct(StringComparer.Ordinal), cancellationToken);
        return walks.Select(w => new GraphPath(
            w.NodeIds.Select(id => nodes[id]).ToList(),
            w.EdgeKeys.Select(key => relationships[key]).ToList())).ToList();
    }

    private async Task<Dictionary<string, RelationshipRecord>> LoadRelationshipsAsync(SqliteConnection connection, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var sql = $"SELECT key, type, start_id, end_id, props FROM edge WHERE key IN (SELECT value FROM json_each({parameters.AddList(keys)}))";
        await using var command = CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var relationships = new Dictionary<string, RelationshipRecord>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var relationship = ReadRelationship(reader, 0);
            relationships[relationship.Key] = relationship;
        }

        return relationships;
    }

    /// <summary>One row of the walk; the JSON arrays are parsed only for the rows a result keeps.</summary>
    private sealed record WalkStep(string Origin, string NodeId, int Hops, string EdgeKeysJson, string NodeIdsJson);
}
