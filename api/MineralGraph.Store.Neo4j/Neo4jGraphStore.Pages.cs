using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// <c>CALL { count }</c> when asked, then <c>CALL { MATCH … WHERE filters AND keyset ORDER BY … LIMIT … RETURN collect(…) }</c>:
    /// one row holding the page in order, whether or not it is empty.
    /// </summary>
    public async Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var parameters = new CypherParameters();
        var match = $"MATCH (n:{_names.Label(query.Label)})";
        var filter = _filters.Predicate("n", query.Filters, parameters);
        var sortValue = _filters.ValueOf("n", query.Sort.Property);
        var cypher = new StringBuilder();
        if (query.IncludeTotalCount)
        {
            cypher.Append("CALL () { ").Append(match).Append(Where(filter)).Append(" RETURN count(n) AS total }\n");
        }

        cypher.Append("CALL () {\n  ").Append(match)
            .Append(Where([filter, .. KeysetCypher.Bounds(sortValue, KeysetCypher.NodeTiebreak("n"), query.Sort, query.Page, parameters)]))
            .Append("\n  WITH n, ").Append(sortValue).Append(" AS sortValue\n  ")
            .Append(KeysetCypher.OrderAndLimit("sortValue", KeysetCypher.NodeTiebreak("n"), query.Sort, query.Page, parameters))
            .Append("\n  RETURN collect(n) AS page\n}\nRETURN page").Append(query.IncludeTotalCount ? ", total" : "");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters.Values), AccessMode.Read, cancellationToken);
        if (result.Rows.Count == 0)
        {
            return Page<NodeRecord>.FromScan([], [], query.Page, query.IncludeTotalCount ? 0 : null);
        }

        var row = result.Rows[0];
        var items = new List<NodeRecord>();
        var cursors = new List<Cursor>();
        foreach (var entry in (List<object?>)row[0]!)
        {
            var node = _reader.Node(entry);
            items.Add(node);
            cursors.Add(query.Sort.CursorOf(node));
        }

        return Page<NodeRecord>.FromScan(items, cursors, query.Page, query.IncludeTotalCount ? (long?)row[1] : null);
    }

    /// <summary>
    /// One statement for every parent, in the style of @neo4j/graphql: <c>UNWIND $parents</c>, then
    /// per parent a CALL subquery that finds it by id, walks the relationship, filters, sorts and
    /// limits, and collects the page; and another that counts when asked.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<string, Page<ConnectedNode>>(StringComparer.Ordinal);
        if (query.ParentIds.Count == 0)
        {
            return pages;
        }

        var parameters = new CypherParameters();
        var parents = parameters.Add("parents", query.ParentIds.Distinct(StringComparer.Ordinal).ToArray());
        var walk = Walk(query.Type, query.Direction, query.OtherLabels);
        var filter = Both(_filters.Predicate("o", query.OtherFilters, parameters), _filters.RelationshipPredicate("r", query.RelationshipFilters, parameters));
        var sortValue = query.Sort.Target == SortTarget.Relationship ? _filters.ValueOf("r", query.Sort.Property) : _filters.ValueOf("o", query.Sort.Property);

        var cypher = new StringBuilder("UNWIND ").Append(parents).Append(" AS parentId\n");
        if (query.IncludeTotalCount)
        {
            cypher.Append("CALL (parentId) {\n  ").Append(walk).Append(Where(filter)).Append("\n  RETURN count(r) AS total\n}\n");
        }

        // A connection asked only for its count reads no page.
        var tiebreak = KeysetCypher.RelationshipTiebreak("o", "r");
        if (query.IncludeItems)
        {
            cypher.Append("CALL (parentId) {\n  ").Append(walk)
                .Append(Where([filter, .. KeysetCypher.Bounds(sortValue, tiebreak, query.Sort, query.Page, parameters)]))
                .Append("\n  WITH r, o, ").Append(sortValue).Append(" AS sortValue\n  ")
                .Append(KeysetCypher.OrderAndLimit("sortValue", tiebreak, query.Sort, query.Page, parameters))
                .Append("\n  RETURN collect([").Append(RecordReader.RelationshipProjection).Append(", o]) AS page\n}\n");
        }
        else
        {
            cypher.Append("WITH parentId, [] AS page").Append(query.IncludeTotalCount ? ", total" : "").Append('\n');
        }

        cypher.Append("RETURN parentId, page").Append(query.IncludeTotalCount ? ", total" : "");

        var result = await _executor.RunAsync(new CypherStatement(cypher.ToString(), parameters.Values), AccessMode.Read, cancellationToken);
        var nodeSelection = query.Sort.Target == SortTarget.Node ? query.NodeProperties?.With(query.Sort.Property) : query.NodeProperties;
        var relationshipSelection = query.Sort.Target == SortTarget.Relationship ? query.RelationshipProperties?.With(query.Sort.Property) : query.RelationshipProperties;
        foreach (var row in result.Rows)
        {
            var items = new List<ConnectedNode>();
            var cursors = new List<Cursor>();
            foreach (var entry in (List<object?>)row[1]!)
            {
                var pair = (List<object?>)entry!;
                var item = new ConnectedNode(_reader.Relationship(pair[0], relationshipSelection), _reader.Node(pair[1], nodeSelection));
                items.Add(item);
                cursors.Add(query.Sort.CursorOf(item));
            }

            long? total = query.IncludeTotalCount ? (long?)row[2] : null;
            pages[(string)row[0]!] = Page<ConnectedNode>.FromScan(items, cursors, query.Page, total);
        }

        foreach (var parent in query.ParentIds)
        {
            pages.TryAdd(parent, Page<ConnectedNode>.FromScan([], [], query.Page, query.IncludeTotalCount ? 0 : null));
        }

        return pages;
    }

    private static string Where(IEnumerable<string?> predicates)
    {
        var present = predicates.Where(p => p is not null).ToList();
        return present.Count == 0 ? "" : " WHERE " + string.Join(" AND ", present);
    }

    private static string Where(string? predicate) => predicate is null ? "" : " WHERE " + predicate;

    private static string? Both(string? first, string? second) => first is null ? second : second is null ? first : first + " AND " + second;
}
