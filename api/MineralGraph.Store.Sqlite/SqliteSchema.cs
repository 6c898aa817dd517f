using System.Text;
using System.Text.RegularExpressions;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// The SQLite DDL, derived from the graph model: a property graph in two tables (node, edge)
/// with properties as JSON, an expression index for each property a label declares (partial, so
/// it holds that label's nodes only), an FTS5 index over names, aliases and identifiers, the one-row graph
/// revision, and the change log of recent revisions (one JSON change set each), which lets every
/// process's <see cref="Adjacency.AdjacencyIndex"/> follow committed writes and every API process
/// deliver them to its subscribers. Relationship pages are served by that in-memory index, so the
/// edge table needs only the indexes of writes, filters and traversals. Written to
/// <c>graph-schema/sqlite/schema.sql</c>.
/// </summary>
public static partial class SqliteSchema
{
    /// <summary>Kept in <c>PRAGMA user_version</c>; a file of a version <see cref="CanUpgrade"/> names is upgraded, any other is refused with advice rather than misread.</summary>
    public const int Version = 6;

    /// <summary>
    /// Versions this one upgrades in place (<see cref="UpgradeScript"/>): version 4 changed the edge
    /// table and added a log of what each write touched; version 5 indexes identifiers for search,
    /// so the search index of an older file is filled again (<see cref="SearchIndexOutdated"/>);
    /// version 6 logs each revision's change set instead.
    /// </summary>
    public static bool CanUpgrade(int version) => version is 3 or 4 or 5;

    /// <summary>Whether a file of this version indexes for search less than this version does.</summary>
    public static bool SearchIndexOutdated(int version) => version < 5;

    public static string BuildScript(GraphModel model) => TablesScript + IndexScript(model);

    /// <summary>The tables, with the unique and foreign keys every write relies on.</summary>
    public const string TablesScript = """
        -- Generated from graph-schema/model.json by MineralGraph.Store.Sqlite.SqliteSchema; do not edit.
        CREATE TABLE IF NOT EXISTS node (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            name TEXT NOT NULL,
            props TEXT NOT NULL CHECK (json_valid(props))
        );
        CREATE TABLE IF NOT EXISTS edge (
            rowid INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            type TEXT NOT NULL,
            start_id TEXT NOT NULL REFERENCES node(id),
            end_id TEXT NOT NULL REFERENCES node(id),
            props TEXT NOT NULL CHECK (json_valid(props))
        );
        CREATE UNIQUE INDEX IF NOT EXISTS edge_by_key ON edge(key);
        CREATE VIRTUAL TABLE IF NOT EXISTS node_search USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS graph_revision (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS change_log (
            revision INTEGER PRIMARY KEY,
            change_set TEXT NOT NULL CHECK (json_valid(change_set))
        );

        """;

    /// <summary>
    /// The secondary indexes, which a bulk import drops and builds again after the rows are in:
    /// names and ids per label for root pages, each declared property per label for filters and
    /// sorts, and each end of an edge by type for relationship filters, traversals and deletes.
    /// </summary>
    public static string IndexScript(GraphModel model)
    {
        var script = new StringBuilder("""
            CREATE INDEX IF NOT EXISTS node_by_label_name ON node(label, name, id);
            CREATE INDEX IF NOT EXISTS node_by_label_id ON node(label, id);
            CREATE INDEX IF NOT EXISTS edge_by_start ON edge(start_id, type, end_id);
            CREATE INDEX IF NOT EXISTS edge_by_end ON edge(end_id, type, start_id);

            """);
        foreach (var label in model.Labels)
        {
            script.Append(LabelIndexScript(label));
        }

        return script.ToString();
    }

    /// <summary>The index of each declared property of one label, partial: it holds that label's nodes only.</summary>
    public static string LabelIndexScript(LabelDefinition label)
    {
        var script = new StringBuilder();
        foreach (var property in label.Properties.Where(p => p.IsIndexed && p.Name != GraphModel.NameProperty))
        {
            script.Append("CREATE INDEX IF NOT EXISTS node_").Append(CheckIdentifier(label.Name)).Append("_by_").Append(property.Name)
                .Append(" ON node(").Append(NodeValue("props", property.Name)).Append(", id) WHERE ").Append(LabelCondition("label", label.Name)).AppendLine(";");
        }

        return script.ToString();
    }

    /// <summary>
    /// Brings a file of an older version to this one, inside the caller's transaction. From
    /// version 3: the edge table loses the end labels and names it carried for paging (the
    /// in-memory index pages now) and gains a rowid; the per-property indexes become per label;
    /// the change log appears. From versions 4 and 5, whose log held only what each write
    /// touched: the change log takes its place.
    /// </summary>
    public static string UpgradeScript(GraphModel model, int version) => version is 4 or 5
        ? "DROP TABLE IF EXISTS graph_change;\n" + BuildScript(model)
        : """
        ALTER TABLE edge RENAME TO edge_v3;
        DROP INDEX IF EXISTS edge_by_start;
        DROP INDEX IF EXISTS edge_by_end;

        """ +
        string.Concat(model.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal).Select(name => $"DROP INDEX IF EXISTS node_by_{CheckIdentifier(name)};\n")) +
        TablesScript +
        """
        INSERT INTO edge(key, type, start_id, end_id, props) SELECT key, type, start_id, end_id, props FROM edge_v3;
        DROP TABLE edge_v3;

        """ +
        IndexScript(model);

    /// <summary>
    /// The SQL expression for a property stored in a JSON column. Absent values become an empty
    /// blob, which SQLite orders after every number and string: nulls last ascending, first
    /// descending, as in Neo4j; and the same expression serves filters, sorts and indexes.
    /// </summary>
    public static string NodeValue(string column, string property) =>
        $"ifnull(json_extract({column}, '$.{CheckIdentifier(property)}'), x'')";

    /// <summary>
    /// A label as SQL text, not a parameter: SQLite uses a partial index only when the query's
    /// condition names the same constant. Labels come from the graph model, and this checks it.
    /// </summary>
    public static string LabelCondition(string column, string label) => $"{column} = '{CheckIdentifier(label)}'";

    /// <summary>Property and label names come from the graph model, never from a request; this check keeps it so.</summary>
    public static string CheckIdentifier(string name) =>
        IdentifierPattern().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a name of the graph model.", nameof(name));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
