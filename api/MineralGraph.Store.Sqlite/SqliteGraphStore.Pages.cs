using System.Text;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            var parameters = new SqlParameters();
            var where = new StringBuilder("n.label = ").Append(parameters.Add(query.Label));
            FilterTranslator.AppendConditions(where, "n", query.Filters, parameters);

            long? total = null;
            if (query.IncludeTotalCount)
            {
                await using var count = CreateCommand(connection, $"SELECT count(*) FROM node n WHERE {where}", parameters);
                total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            }

            var sortValue = FilterTranslator.ValueOf("n", query.Sort.Property);
            var sql = new StringBuilder("SELECT n.id, n.label, n.name, n.props FROM node n WHERE ").Append(where);
            AppendKeyset(sql, sortValue, "n.id", query.Sort, query.Page, parameters);
            await using var command = CreateCommand(connection, sql.ToString(), parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var items = new List<NodeRecord>();
            var cursors = new List<Cursor>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var node = ReadNode(reader, 0);
                items.Add(node);
                cursors.Add(query.Sort.CursorOf(node));
            }

            return Page<NodeRecord>.FromScan(items, cursors, query.Page, total);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        if (query.ParentIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, Page<ConnectedNode>>>(new Dictionary<string, Page<ConnectedNode>>());
        }

        return RunAsync<IReadOnlyDictionary<string, Page<ConnectedNode>>>(async connection =>
        {
            var parameters = new SqlParameters();
            var (sql, countSql) = PagesInNameOrder(query)
                ? IndexedPagesSql(query, parameters)
                : RankedPagesSql(query, parameters);
            var totals = query.IncludeTotalCount ? await CountGroupsAsync(connection, countSql, parameters, cancellationToken) : null;

            await using var command = CreateCommand(connection, sql.ToString(), parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new Dictionary<string, (List<ConnectedNode> Items, List<Cursor> Cursors)>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var parent = reader.GetString(0);
                if (!rows.TryGetValue(parent, out var page))
                {
                    page = ([], []);
                    rows[parent] = page;
                }

                var item = new ConnectedNode(ReadRelationship(reader, 1), ReadNode(reader, 6));
                page.Items.Add(item);
                page.Cursors.Add(query.Sort.CursorOf(item));
            }

            var pages = new Dictionary<string, Page<ConnectedNode>>(StringComparer.Ordinal);
            foreach (var parent in query.ParentIds)
            {
                long? total = totals is null ? null : totals.GetValueOrDefault(parent);
                var (items, cursors) = rows.GetValueOrDefault(parent, ([], []));
                pages[parent] = Page<ConnectedNode>.FromScan(items, cursors, query.Page, total);
            }

            return pages;
        }, cancellationToken);
    }

    /// <summary>
    /// The default order (the other node's name) in one direction, with no condition on the other
    /// node beyond its label, reads straight from the edge indexes: one range scan per parent,
    /// stopped after the page, whatever the parent's degree.
    /// </summary>
    private static bool PagesInNameOrder(RelationshipQuery query) =>
        query.Sort is { Target: SortTarget.Node, Property: GraphModel.NameProperty } && query.OtherFilters.Count == 0 && query.RelationshipFilters.Count == 0 && query.Direction != Direction.Both;

    private static (string Sql, string CountSql) IndexedPagesSql(RelationshipQuery query, SqlParameters parameters)
    {
        var (near, far) = FilterTranslator.Ends(query.Direction).Single();
        var farEnd = far == "end_id" ? "end" : "start";
        var parents = parameters.AddList(query.ParentIds.Distinct(StringComparer.Ordinal));
        var type = parameters.Add(query.Type);
        var labelCondition = query.OtherLabels is { Count: > 0 } labels
            ? $" AND s.{farEnd}_label IN (SELECT value FROM json_each({parameters.AddList(labels)}))"
            : "";
        var count = $"SELECT p.value, count(*) FROM json_each({parents}) p CROSS JOIN edge s ON s.{near} = p.value AND s.type = {type}{labelCondition} GROUP BY p.value";

        var descending = query.Sort.Descending ^ query.Page.IsBackward ? " DESC" : "";
        var page = new StringBuilder("SELECT s.key FROM edge s WHERE s.").Append(near).Append(" = p.value AND s.type = ").Append(type).Append(labelCondition);
        AppendBounds(page, $"s.{farEnd}_name", "s.key", query.Sort, query.Page, parameters);
        page.Append(" ORDER BY s.").Append(farEnd).Append("_name").Append(descending).Append(", s.key").Append(descending)
            .Append(" LIMIT ").Append(parameters.Add(query.Page.Size + 1));
        var sql = $"SELECT p.value, e.key, e.type, e.start_id, e.end_id, e.props, o.id, o.label, o.name, o.props " +
            $"FROM json_each({parents}) p CROSS JOIN edge e ON e.key IN ({page}) CROSS JOIN node o ON o.id = e.{far} " +
            $"ORDER BY p.value, e.{farEnd}_name{descending}, e.key{descending}";
        return (sql, count);
    }

    /// <summary>Any other order or filter: every relationship of the parents is ranked and the first of each kept.</summary>
    private static (string Sql, string CountSql) RankedPagesSql(RelationshipQuery query, SqlParameters parameters)
    {
        var sortValue = query.Sort.Target == SortTarget.Relationship
            ? SqliteSchema.NodeValue("e.props", query.Sort.Property)
            : FilterTranslator.ValueOf("o", query.Sort.Property);
        var hits = AppendHits(new StringBuilder(), query, parameters,
            "p.value AS parent, e.key AS rkey, e.type AS rtype, e.start_id AS rstart, e.end_id AS rend, e.props AS rprops, " +
            $"o.id AS oid, o.label AS olabel, o.name AS oname, o.props AS oprops, {sortValue} AS sv");
        var count = $"SELECT parent, count(*) FROM ({hits}) GROUP BY parent";

        var sql = new StringBuilder("WITH hits AS (").Append(hits);
        var descending = query.Sort.Descending ^ query.Page.IsBackward ? " DESC" : "";
        sql.Append("), ranked AS (SELECT *, row_number() OVER (PARTITION BY parent ORDER BY sv").Append(descending)
            .Append(", rkey").Append(descending).Append(") AS rn FROM hits WHERE 1 = 1");
        AppendBounds(sql, "sv", "rkey", query.Sort, query.Page, parameters);
        sql.Append(") SELECT parent, rkey, rtype, rstart, rend, rprops, oid, olabel, oname, oprops FROM ranked WHERE rn <= ")
            .Append(parameters.Add(query.Page.Size + 1)).Append(" ORDER BY parent, rn");
        return (sql.ToString(), count);
    }

    /// <summary>The relationships of every parent, one SELECT per direction walked, joined by UNION ALL; CROSS JOIN keeps SQLite starting from the parents.</summary>
    private static StringBuilder AppendHits(StringBuilder sql, RelationshipQuery query, SqlParameters parameters, string columns)
    {
        // A parent listed twice must not double its rows (and its total).
        var parents = parameters.AddList(query.ParentIds.Distinct(StringComparer.Ordinal));
        var type = parameters.Add(query.Type);
        var labels = query.OtherLabels is { Count: > 0 } ? parameters.AddList(query.OtherLabels) : null;
        var first = true;
        foreach (var (near, far) in FilterTranslator.Ends(query.Direction))
        {
            if (!first)
            {
                sql.Append(" UNION ALL ");
            }

            first = false;
            sql.Append("SELECT ").Append(columns).Append(" FROM json_each(").Append(parents).Append(") p CROSS JOIN edge e ON e.").Append(near)
                .Append(" = p.value AND e.type = ").Append(type).Append(" CROSS JOIN node o ON o.id = e.").Append(far).Append(" WHERE 1 = 1");
            if (labels is not null)
            {
                sql.Append(" AND o.label IN (SELECT value FROM json_each(").Append(labels).Append("))");
            }

            FilterTranslator.AppendConditions(sql, "o", query.OtherFilters, parameters);
            FilterTranslator.AppendEdgeConditions(sql, "e", query.RelationshipFilters, parameters);
        }

        return sql;
    }

    /// <summary>Keyset bounds, order and limit for a single ordered scan.</summary>
    private static void AppendKeyset(StringBuilder sql, string sortValue, string key, SortOrder sort, PageRequest page, SqlParameters parameters)
    {
        AppendBounds(sql, sortValue, key, sort, page, parameters);
        var descending = sort.Descending ^ page.IsBackward ? " DESC" : "";
        sql.Append(" ORDER BY ").Append(sortValue).Append(descending).Append(", ").Append(key).Append(descending)
            .Append(" LIMIT ").Append(parameters.Add(page.Size + 1));
    }

    /// <summary>Row-value comparisons against the cursors: rows strictly after <c>After</c> and strictly before <c>Before</c> in sort order.</summary>
    private static void AppendBounds(StringBuilder sql, string sortValue, string key, SortOrder sort, PageRequest page, SqlParameters parameters)
    {
        if (page.After is { } after)
        {
            sql.Append(" AND (").Append(sortValue).Append(", ").Append(key).Append(sort.Descending ? ") < (" : ") > (")
                .Append(parameters.Add(SortParameter(after.SortValue))).Append(", ").Append(parameters.Add(after.Key)).Append(')');
        }

        if (page.Before is { } before)
        {
            sql.Append(" AND (").Append(sortValue).Append(", ").Append(key).Append(sort.Descending ? ") > (" : ") < (")
                .Append(parameters.Add(SortParameter(before.SortValue))).Append(", ").Append(parameters.Add(before.Key)).Append(')');
        }
    }

    /// <summary>An absent sort value is the empty blob in SQL (see <see cref="SqliteSchema.NodeValue"/>).</summary>
    private static object SortParameter(object? value) => value ?? Array.Empty<byte>();
}
