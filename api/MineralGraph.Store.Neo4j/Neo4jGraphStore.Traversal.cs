using System.Globalization;
using System.Text;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Relationship map of every relationship of a path, for <see cref="RecordReader.Path"/>.</summary>
    private const string PathRelationships = "[r IN relationships(path) | " + RecordReader.RelationshipProjection + "]";

    /// <summary>
    /// Walks every path of 1 to MaxHops hops that visits no node twice, stopping after one path
    /// more than MaxRows, so a walk too large to finish is detected rather than run; then keeps,
    /// per start and reached node, one shortest path.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken)
    {
        if (query.StartIds.Count == 0 || query.MaxHops < 1)
        {
            return [];
        }

        var allowedPaths = (long)query.MaxRows;
        var parameters = new Dictionary<string, object?>
        {
            ["starts"] = query.StartIds.ToArray(),
            ["walkLimit"] = allowedPaths + 1,
            ["allowedPaths"] = allowedPaths,
        };
        var cypher = new StringBuilder("UNWIND $starts AS startId\n");
        Cypher.NodeLookup.Append(cypher, _names, "s", "startId", AllLabels, "startId");
        cypher.Append("MATCH path = ").Append(VariableLengthPattern("s", "reached", query.Types, query.Direction, query.MaxHops)).Append('\n')
            .Append("WHERE all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])\n")
            .Append("WITH startId, path LIMIT $walkLimit\n")
            .Append("WITH collect([startId, path]) AS walked\n")
            .Append("CALL (walked) {\n")
            .Append("  UNWIND CASE WHEN size(walked) <= $allowedPaths THEN walked ELSE [] END AS step\n")
            .Append("  WITH step[0] AS startId, step[1] AS path ORDER BY length(path) ASC\n")
            .Append("  WITH startId, last(nodes(path)) AS reached, head(collect(path)) AS path\n")
            .Append("  ORDER BY length(path) ASC, startId ASC, reached.id ASC\n")
            .Append("  RETURN collect([nodes(path), ").Append(PathRelationships).Append("]) AS paths\n")
            .Append("}\nRETURN size(walked) AS walked, paths");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters), AccessMode.Read, cancellationToken);
        return ReadPaths(result, query.MaxRows);
    }

    /// <summary>
    /// All shortest paths (Neo4j's bidirectional breadth-first search), bounded by MaxHops, in a
    /// stable order. The same statement counts the walk the SQLite store's deepening search makes:
    /// every path that visits no node twice and does not go on past the target, up to the length
    /// of the shortest path (or MaxHops when there is none), stopping one path beyond MaxRows; so
    /// both stores refuse the same oversized searches.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        // The walk never leaves its target, so a node is no path away from itself, as in the SQLite store.
        if (query.MaxHops < 1 || query.Limit < 1 || query.FromId == query.ToId)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["from"] = query.FromId,
            ["to"] = query.ToId,
            ["limit"] = (long)query.Limit,
            ["walkLimit"] = (long)query.MaxRows + 1,
            ["allowedPaths"] = (long)query.MaxRows,
            ["maxHops"] = (long)query.MaxHops,
        };
        var cypher = new StringBuilder();
        Cypher.NodeLookup.Append(cypher, _names, "a", "$from", AllLabels, "");
        cypher.Append("CALL () {\n  ");
        Cypher.NodeLookup.Append(cypher, _names, "b", "$to", AllLabels, "");
        cypher.Append("  RETURN collect(b) AS targets\n}\n")
            .Append("WITH a, head(targets) AS b\n")
            .Append("OPTIONAL MATCH shortest = shortestPath(").Append(VariableLengthPattern("a", "b", query.Types, query.Direction, query.MaxHops)).Append(")\n")
            .Append("WITH a, b, coalesce(length(shortest), $maxHops) AS depth\n")
            .Append("CALL (a, depth) {\n  MATCH walk = ").Append(VariableLengthPattern("a", "x", query.Types, query.Direction, query.MaxHops)).Append("\n")
            .Append("  WHERE length(walk) <= depth AND all(i IN range(1, length(walk)) WHERE NOT nodes(walk)[i] IN nodes(walk)[0..i])")
            .Append(" AND none(n IN nodes(walk)[1..-1] WHERE n.id = $to)\n")
            .Append("  WITH walk LIMIT $walkLimit\n  RETURN count(walk) AS walked\n}\n")
            .Append("CALL (a, b, walked) {\n  WITH a, b WHERE walked <= $allowedPaths AND b IS NOT NULL\n")
            .Append("  MATCH path = allShortestPaths(").Append(VariableLengthPattern("a", "b", query.Types, query.Direction, query.MaxHops)).Append(")\n")
            .Append("  WITH path ORDER BY [n IN nodes(path) | n.id] ASC LIMIT $limit\n")
            .Append("  RETURN collect([nodes(path), ").Append(PathRelationships).Append("]) AS paths\n")
            .Append("}\nRETURN walked, paths");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters), AccessMode.Read, cancellationToken);
        return ReadPaths(result, query.MaxRows);
    }

    /// <summary>
    /// <c>(from)-[:A|B*1..N]-&gt;(to)</c>. Cypher takes no parameter for the bound, so it is written
    /// as a literal from a validated integer; types come from the model.
    /// </summary>
    private string VariableLengthPattern(string from, string to, IReadOnlyList<string> types, Direction direction, int maxHops)
    {
        var bound = maxHops >= 1 ? maxHops.ToString(CultureInfo.InvariantCulture) : throw new GraphStoreException(StoreErrorKind.LimitExceeded, "MaxHops must be at least 1.");
        var typeExpression = types.Count > 0 ? ":" + _names.AnyType(types) : "";
        return $"({from}){(direction == Direction.Incoming ? "<-" : "-")}[{typeExpression}*1..{bound}]{(direction == Direction.Outgoing ? "->" : "-")}({to})";
    }

    /// <summary>The one row of a traversal statement: how many paths it walked, then the paths.</summary>
    private IReadOnlyList<GraphPath> ReadPaths(CypherResult result, int maxRows)
    {
        if (result.Rows.Count == 0)
        {
            return [];
        }

        var row = result.Rows[0];
        if ((long)row[0]! > maxRows)
        {
            throw GraphStoreException.TooManyPaths(maxRows);
        }

        return [.. ((List<object?>)row[1]!).Select(p => (List<object?>)p!).Select(p => _reader.Path(p[0], p[1]))];
    }
}
