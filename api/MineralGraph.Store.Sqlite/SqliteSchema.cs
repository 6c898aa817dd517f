using System.Text;
using System.Text.RegularExpressions;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// The SQLite DDL, derived from the graph model: a property graph in two tables (node, edge)
/// with properties as JSON, an expression index for every property a query can filter or sort
/// on, an FTS5 index over names and aliases, the one-row graph revision and the change log of
/// recent revisions (one JSON change set per revision). Each edge also
/// holds the labels and names of its ends, so a node's relationships page in name order straight
/// from an index, whatever its degree. Written to <c>graph-schema/sqlite/schema.sql</c>.
/// </summary>
public static partial class SqliteSchema
{
    /// <summary>Kept in <c>PRAGMA user_version</c>; a file of a version <see cref="CanUpgrade"/> names is upgraded, any other is refused with advice rather than misread.</summary>
    public const int Version = 4;

    /// <summary>Versions this one upgrades in place: the script adds what they lack (version 3 added <c>graph_revision</c>, 4 <c>change_log</c>).</summary>
    public static bool CanUpgrade(int version) => version is 2 or 3;

    public static string BuildScript(GraphModel model)
    {
        var script = new StringBuilder();
        script.AppendLine("""
            -- Generated from graph-schema/model.json by MineralGraph.Store.Sqlite.SqliteSchema; do not edit.
            CREATE TABLE IF NOT EXISTS node (
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                name TEXT NOT NULL,
                props TEXT NOT NULL CHECK (json_valid(props))
            );
            CREATE INDEX IF NOT EXISTS node_by_label_name ON node(label, name, id);
            CREATE INDEX IF NOT EXISTS node_by_label_id ON node(label, id);
            CREATE TABLE IF NOT EXISTS edge (
                key TEXT NOT NULL PRIMARY KEY,
                type TEXT NOT NULL,
                start_id TEXT NOT NULL REFERENCES node(id),
                end_id TEXT NOT NULL REFERENCES node(id),
                props TEXT NOT NULL CHECK (json_valid(props)),
                start_label TEXT NOT NULL,
                start_name TEXT NOT NULL,
                end_label TEXT NOT NULL,
                end_name TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS edge_by_start ON edge(start_id, type, end_name, key, end_label);
            CREATE INDEX IF NOT EXISTS edge_by_end ON edge(end_id, type, start_name, key, start_label);
            CREATE VIRTUAL TABLE IF NOT EXISTS node_search USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE IF NOT EXISTS graph_revision (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                revision INTEGER NOT NULL
            );
            CREATE TABLE IF NOT EXISTS change_log (
                revision INTEGER PRIMARY KEY,
                change_set TEXT NOT NULL CHECK (json_valid(change_set))
            );
            """);
        var indexed = model.Labels
            .SelectMany(l => l.Properties)
            .Where(p => p.IsIndexed && p.Name != GraphModel.NameProperty)
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var property in indexed)
        {
            script.Append("CREATE INDEX IF NOT EXISTS node_by_").Append(property)
                .Append(" ON node(label, ").Append(NodeValue("props", property)).AppendLine(", id);");
        }

        return script.ToString();
    }

    /// <summary>
    /// The SQL expression for a property stored in a JSON column. Absent values become an empty
    /// blob, which SQLite orders after every number and string: nulls last ascending, first
    /// descending, as in Neo4j; and the same expression serves filters, sorts and indexes.
    /// </summary>
    public static string NodeValue(string column, string property) =>
        $"ifnull(json_extract({column}, '$.{CheckIdentifier(property)}'), x'')";

    /// <summary>Property names come from the graph model, never from a request; this check keeps it so.</summary>
    public static string CheckIdentifier(string name) =>
        IdentifierPattern().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a property name of the graph model.", nameof(name));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
