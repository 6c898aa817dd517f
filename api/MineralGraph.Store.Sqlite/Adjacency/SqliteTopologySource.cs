using System.Text;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>The index's reads, as SQL on the caller's session, inside its read transaction.</summary>
internal sealed class SqliteTopologySource(SqliteSession session, CancellationToken cancellationToken) : ITopologySource
{
    /// <summary>In id order through the unique index on ids; after a bulk import that is also rowid order, so the table is read in order too.</summary>
    public IEnumerable<LoadedNode> Nodes(IReadOnlyList<string> labels) =>
        Stream($"SELECT rowid, id, {Code("label", labels)}, CASE WHEN {Code("label", labels)} < 0 THEN label END, name FROM node ORDER BY id",
            r => new LoadedNode(Rowid(r, 0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));

    /// <summary>
    /// Types come as codes and keys as their place in the series, both worked out by SQLite, so
    /// loading millions of relationships reads two strings a row (the ends' ids), not four.
    /// </summary>
    public IEnumerable<LoadedEdge> Edges(IReadOnlyList<string> types)
    {
        const string First = "start_id || '|' || type || '|' || end_id";
        const string Rest = "substr(key, length(start_id) + length(type) + length(end_id) + 4)";
        var sql = $"""
            SELECT rowid, code, CASE WHEN code < 0 THEN type END, start_id, end_id, n, CASE WHEN n < 0 THEN key END
            FROM (SELECT rowid, type, key, start_id, end_id, {Code("type", types)} AS code,
                CASE WHEN key = {First} THEN 1
                     WHEN substr(key, 1, length(start_id) + length(type) + length(end_id) + 3) = {First} || '|'
                          AND {Rest} GLOB '[1-9]*' AND {Rest} NOT GLOB '*[^0-9]*' AND length({Rest}) <= 9
                          AND CAST({Rest} AS INTEGER) >= 2 THEN CAST({Rest} AS INTEGER)
                     ELSE -1 END AS n
                FROM edge)
            """;
        return Stream(sql, r =>
        {
            // The type's name and the key itself are read only for the rare rows that need them.
            var (code, n) = (r.GetInt32(1), r.GetInt32(5));
            return new LoadedEdge(Rowid(r, 0), code, code < 0 ? r.GetString(2) : null, r.GetString(3), r.GetString(4), n, n < 0 ? r.GetString(6) : null);
        });
    }

    /// <summary>A name's index among the given names, by a CASE of literals (names from the model, checked), -1 for any other.</summary>
    private static string Code(string column, IReadOnlyList<string> names) =>
        $"CASE {column} {string.Concat(names.Select((name, index) => $"WHEN '{SqliteSchema.CheckIdentifier(name)}' THEN {index} "))}ELSE -1 END";


    public IEnumerable<(int Node, object? Value)> NodeValues(string label, string property) =>
        Read($"SELECT rowid, json_extract(props, '$.{SqliteSchema.CheckIdentifier(property)}') FROM node WHERE {SqliteSchema.LabelCondition("label", label)}", null,
            r => (Rowid(r, 0), r.IsDBNull(1) ? null : r.GetValue(1)));

    public IEnumerable<(int Edge, object? Value)> EdgeValues(string type, string property)
    {
        var parameters = new SqlParameters();
        return Read($"SELECT rowid, json_extract(props, '$.{SqliteSchema.CheckIdentifier(property)}') FROM edge WHERE type = {parameters.Add(type)}", parameters,
            r => (Rowid(r, 0), r.IsDBNull(1) ? null : r.GetValue(1)));
    }

    /// <summary>
    /// Reads the ids and keys out of the change log's change sets in SQL, without decoding the
    /// properties they carry: one row per revision (with its bulk flag), then one per node and
    /// relationship it lists.
    /// </summary>
    public TopologyChanges? ChangesSince(long fromRevision, long toRevision)
    {
        var parameters = new SqlParameters();
        var range = $"c.revision > {parameters.Add(fromRevision)} AND c.revision <= {parameters.Add(toRevision)}";
        var sql = $"""
            SELECT c.revision, json_extract(c.change_set, '$.bulk'), '' FROM change_log c WHERE {range}
            UNION ALL SELECT c.revision, 'node', json_extract(n.value, '$.id') FROM change_log c, json_each(c.change_set, '$.nodes') n WHERE {range}
            UNION ALL SELECT c.revision, 'relationship', json_extract(r.value, '$.key') FROM change_log c, json_each(c.change_set, '$.relationships') r WHERE {range}
            """;
        var revisions = new HashSet<long>();
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (revision, kind, reference) in Read(sql, parameters, r => (r.GetInt64(0), r.GetValue(1), r.GetString(2))))
        {
            switch (kind)
            {
                case "node":
                    nodes.Add(reference);
                    break;
                case "relationship":
                    relationships.Add(reference);
                    break;
                case 0L:
                    revisions.Add(revision);
                    break;
                default:
                    // A bulk change (an import, a very large write) lists nothing to replay.
                    return null;
            }
        }

        // Every committed write moves the revision by one and logs what it changed: a revision
        // missing from the log is one the log no longer keeps.
        return revisions.Count == toRevision - fromRevision ? new TopologyChanges(nodes, relationships) : null;
    }

    public IEnumerable<(int Node, string Id, string Label, string Name)> NodesById(IReadOnlyCollection<string> ids)
    {
        var parameters = new SqlParameters();
        return Read($"SELECT rowid, id, label, name FROM node WHERE id IN (SELECT value FROM json_each({parameters.AddList(ids)}))", parameters,
            r => (Rowid(r, 0), r.GetString(1), r.GetString(2), r.GetString(3)));
    }

    public IEnumerable<(int Edge, string Key, string Type, string Start, string End)> EdgesByKey(IReadOnlyCollection<string> keys)
    {
        var parameters = new SqlParameters();
        return Read($"SELECT rowid, key, type, start_id, end_id FROM edge WHERE key IN (SELECT value FROM json_each({parameters.AddList(keys)}))", parameters,
            r => (Rowid(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
    }

    public IReadOnlySet<int> Passing(IReadOnlyCollection<int> nodes, IReadOnlyList<NodeFilter> filters)
    {
        var parameters = new SqlParameters();
        var sql = new StringBuilder("SELECT o.rowid FROM node o WHERE o.rowid IN (SELECT value FROM json_each(").Append(parameters.AddList(nodes)).Append("))");
        FilterTranslator.AppendConditions(sql, "o", filters, parameters);
        return Read(sql.ToString(), parameters, r => Rowid(r, 0)).ToHashSet();
    }

    public IReadOnlySet<int> PassingRelationships(IReadOnlyCollection<int> edges, IReadOnlyList<NodeFilter> filters)
    {
        var parameters = new SqlParameters();
        var sql = new StringBuilder("SELECT e.rowid FROM edge e WHERE e.rowid IN (SELECT value FROM json_each(").Append(parameters.AddList(edges)).Append("))");
        FilterTranslator.AppendEdgeConditions(sql, "e", filters, parameters);
        return Read(sql.ToString(), parameters, r => Rowid(r, 0)).ToHashSet();
    }

    /// <summary>Rows as they are read, for the whole-graph loads: the caller reads each stream to its end before the next.</summary>
    private IEnumerable<T> Stream<T>(string sql, Func<SqliteDataReader, T> row)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = session.Prepare(sql).ExecuteReader();
        while (reader.Read())
        {
            session.Work?.Read(1);
            yield return row(reader);
        }
    }

    /// <summary>Reads every row before returning, so the session's statement is free again for the next read.</summary>
    private List<T> Read<T>(string sql, SqlParameters? parameters, Func<SqliteDataReader, T> row)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var command = session.Prepare(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        session.Work?.Read(rows.Count);
        return rows;
    }

    /// <summary>The index addresses records by rowid in arrays; a rowid past that range is a file this store did not write.</summary>
    private static int Rowid(SqliteDataReader reader, int ordinal) =>
        reader.GetInt64(ordinal) is var rowid && rowid is >= 0 and < int.MaxValue
            ? (int)rowid
            : throw new GraphStoreException(StoreErrorKind.InvalidData, $"A rowid of {rowid} is beyond what the SQLite store's index addresses; rebuild the file with `seed load`.");
}
