using System.Text;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite.Adjacency;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        RunSessionAsync(session =>
        {
            var parameters = new SqlParameters();
            var where = new StringBuilder(SqliteSchema.LabelCondition("n.label", query.Label));
            FilterTranslator.AppendConditions(where, "n", query.Filters, parameters);

            long? total = null;
            if (query.IncludeTotalCount)
            {
                total = (long)session.Prepare($"SELECT count(*) FROM node n WHERE {where}", parameters).ExecuteScalar()!;
            }

            var selection = Selecting(query.Properties, query.Sort);
            var sortValue = FilterTranslator.ValueOf("n", query.Sort.Property);
            var sql = new StringBuilder("SELECT n.id, n.label, n.name, ").Append(PropertiesColumn("n", selection)).Append(" FROM node n WHERE ").Append(where);
            AppendKeyset(sql, sortValue, "n.id", query.Sort, query.Page, parameters);
            using var reader = session.Prepare(sql.ToString(), parameters).ExecuteReader();
            var items = new List<NodeRecord>();
            var cursors = new List<Cursor>();
            while (reader.Read())
            {
                var node = ReadNode(reader, 0, selection);
                items.Add(node);
                cursors.Add(query.Sort.CursorOf(node));
            }

            return Task.FromResult(Page<NodeRecord>.FromScan(items, cursors, query.Page, total));
        }, cancellationToken);

    /// <summary>Brings the <see cref="AdjacencyIndex"/> to the store's current revision, loading it if need be.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) =>
        RunSessionAsync(session =>
        {
            while (true)
            {
                using var transaction = session.Connection.BeginTransaction(deferred: true);
                session.Transaction = transaction;
                if (_adjacency.TryRead(new SqliteTopologySource(session, cancellationToken), ReadRevision(session), null, static _ => true, out _))
                {
                    return Task.FromResult(true);
                }
            }
        }, cancellationToken);

    /// <summary>
    /// Pages come from the <see cref="AdjacencyIndex"/>, brought to this read's snapshot: it picks
    /// each parent's relationships in order (the work is the page, not the degree), then two
    /// statements read the chosen relationships and nodes by rowid, in the same snapshot. A read
    /// whose snapshot is older than the index (another caller caught it up meanwhile) starts again.
    /// </summary>
    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        if (query.ParentIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, Page<ConnectedNode>>>(new Dictionary<string, Page<ConnectedNode>>());
        }

        var parents = query.ParentIds.Distinct(StringComparer.Ordinal).ToList();
        var nodeSelection = Selecting(query.NodeProperties, query.Sort.Target == SortTarget.Node ? query.Sort : null);
        var relationshipSelection = Selecting(query.RelationshipProperties, query.Sort.Target == SortTarget.Relationship ? query.Sort : null);

        // What the index knows (ids, keys, labels, names) is enough unless properties are read.
        var readsNodes = nodeSelection is not { IsEmpty: true };
        var readsRelationships = relationshipSelection is not { IsEmpty: true };
        return RunSessionAsync<IReadOnlyDictionary<string, Page<ConnectedNode>>>(session =>
        {
            while (true)
            {
                using var transaction = session.Connection.BeginTransaction(deferred: true);
                session.Transaction = transaction;
                var source = new SqliteTopologySource(session, cancellationToken);
                var read = _adjacency.TryRead(source, ReadRevision(session), session.Work, reader => parents.Select(parent =>
                {
                    var page = reader.Scan(parent, query);
                    return (Page: page,
                        Relationships: readsRelationships ? null : page.Items.Select(item => reader.Relationship(item.Edge)).ToList(),
                        Nodes: readsNodes ? null : page.Items.Select(item => reader.Node(item.Far)).ToList());
                }).ToList(), out var scanned);
                if (!read)
                {
                    continue;
                }

                var items = scanned.SelectMany(p => p.Page.Items).ToList();
                var relationships = readsRelationships ? ReadByRowid(session, "SELECT rowid, key, type, start_id, end_id, {0} FROM edge e", "e",
                    relationshipSelection, items.Select(i => i.Edge), reader => ReadRelationship(reader, 1, relationshipSelection)) : null;
                var nodes = readsNodes ? ReadByRowid(session, "SELECT rowid, id, label, name, {0} FROM node n", "n",
                    nodeSelection, items.Select(i => i.Far), reader => ReadNode(reader, 1, nodeSelection)) : null;
                transaction.Commit();

                var pages = new Dictionary<string, Page<ConnectedNode>>(StringComparer.Ordinal);
                for (var i = 0; i < parents.Count; i++)
                {
                    var (page, knownRelationships, knownNodes) = scanned[i];
                    var connected = page.Items.Select((item, index) => new ConnectedNode(
                        relationships?[item.Edge] ?? knownRelationships![index],
                        nodes?[item.Far] ?? knownNodes![index])).ToList();
                    pages[parents[i]] = Page<ConnectedNode>.FromScan(connected, [.. connected.Select(query.Sort.CursorOf)], query.Page, page.Total);
                }

                return Task.FromResult<IReadOnlyDictionary<string, Page<ConnectedNode>>>(pages);
            }
        }, cancellationToken);
    }

    /// <summary>Records by rowid, in one statement whatever their number; the format's <c>{0}</c> is where the properties column goes.</summary>
    private static Dictionary<int, T> ReadByRowid<T>(SqliteSession session, string select, string alias, PropertySelection? selection, IEnumerable<int> rowids, Func<SqliteDataReader, T> read)
    {
        var records = new Dictionary<int, T>();
        var wanted = rowids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return records;
        }

        var parameters = new SqlParameters();
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, select, PropertiesColumn(alias, selection)) + $" WHERE {alias}.rowid IN (SELECT value FROM json_each({parameters.AddList(wanted)}))";
        using var reader = session.Prepare(sql, parameters).ExecuteReader();
        while (reader.Read())
        {
            records[reader.GetInt32(0)] = read(reader);
        }

        session.Work?.Read(records.Count);
        return records;
    }

    /// <summary>What a reader asked for, and the sort's property, which cursors carry.</summary>
    private static PropertySelection? Selecting(PropertySelection? asked, SortOrder? sort) =>
        asked is null || sort is null || sort.Property is GraphModel.IdProperty or GraphModel.NameProperty ? asked : asked.With(sort.Property);

    /// <summary>The JSON column, or an empty object when no property is wanted, so none is copied or parsed.</summary>
    private static string PropertiesColumn(string alias, PropertySelection? selection) => selection is { IsEmpty: true } ? "'{}'" : alias + ".props";

    /// <summary>
    /// Keyset bounds, order and limit for a single ordered scan. The limit is written into the
    /// text: SQLite plans with a LIMIT's value, so a statement whose LIMIT is a parameter is
    /// compiled again at every execution. It is an integer the API bounded, never request text.
    /// </summary>
    private static void AppendKeyset(StringBuilder sql, string sortValue, string key, SortOrder sort, PageRequest page, SqlParameters parameters)
    {
        AppendBounds(sql, sortValue, key, sort, page, parameters);
        var descending = sort.Descending ^ page.IsBackward ? " DESC" : "";
        sql.Append(" ORDER BY ").Append(sortValue).Append(descending).Append(", ").Append(key).Append(descending)
            .Append(" LIMIT ").Append((page.Size + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
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
