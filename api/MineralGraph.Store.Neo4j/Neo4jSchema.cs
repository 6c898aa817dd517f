using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Constraints and indexes derived from the graph model, each idempotent (IF NOT EXISTS):
/// id unique per label, relationship key unique per type, a range index for every node and
/// relationship property queries filter or sort on, one full-text index over names, aliases and
/// identifiers for search, the key of the one node that holds the graph revision, and the
/// revision of the change log's nodes.
/// Written to <c>graph-schema/neo4j/schema.cypher</c>; a test keeps that file in step.
/// </summary>
public static class Neo4jSchema
{
    /// <summary>The full-text index <c>SearchAsync</c> queries: names, aliases and the model's searchable properties.</summary>
    public const string SearchIndex = "node_search_identifiers";

    /// <summary>The index of names and aliases only, which <see cref="SearchIndex"/> replaces; dropped where it exists.</summary>
    public const string RetiredSearchIndex = "node_search";

    /// <summary>The label of the node that holds the graph revision; it is the store's own, not the model's.</summary>
    public const string RevisionLabel = "GraphRevision";

    /// <summary>The <c>key</c> of the revision node: unique, so concurrent first writes MERGE one node rather than two.</summary>
    public const string RevisionKey = "graph";

    /// <summary>The label of the change log's nodes, one per recent revision, keyed by <c>revision</c>; the store's own, not the model's.</summary>
    public const string ChangeLabel = "GraphChange";

    public static IReadOnlyList<string> Statements(GraphModel model)
    {
        var names = new CypherNames(model);
        var statements = new List<string>();
        foreach (var label in model.Labels)
        {
            var quoted = names.Label(label.Name);
            statements.Add($"CREATE CONSTRAINT `{label.Name}_id` IF NOT EXISTS FOR (n:{quoted}) REQUIRE n.id IS UNIQUE");
            foreach (var property in label.Properties.Where(p => p.IsIndexed))
            {
                statements.Add($"CREATE INDEX `{label.Name}_{property.Name}` IF NOT EXISTS FOR (n:{quoted}) ON (n.{names.Property(property.Name)})");
            }
        }

        foreach (var relationship in model.Relationships)
        {
            statements.Add($"CREATE CONSTRAINT `{relationship.Type}_key` IF NOT EXISTS FOR ()-[r:{names.Type(relationship.Type)}]-() REQUIRE r.`{RelationshipRecord.KeyProperty}` IS UNIQUE");
            foreach (var property in relationship.Properties.Where(p => p.IsIndexed))
            {
                statements.Add($"CREATE INDEX `{relationship.Type}_{property.Name}` IF NOT EXISTS FOR ()-[r:{names.Type(relationship.Type)}]-() ON (r.{names.Property(property.Name)})");
            }
        }

        statements.Add($"CREATE CONSTRAINT `{RevisionLabel}_key` IF NOT EXISTS FOR (g:`{RevisionLabel}`) REQUIRE g.`{RelationshipRecord.KeyProperty}` IS UNIQUE");
        statements.Add($"CREATE CONSTRAINT `{ChangeLabel}_revision` IF NOT EXISTS FOR (c:`{ChangeLabel}`) REQUIRE c.revision IS UNIQUE");
        statements.Add($"DROP INDEX `{RetiredSearchIndex}` IF EXISTS");
        statements.Add(new StringBuilder("CREATE FULLTEXT INDEX `").Append(SearchIndex).Append("` IF NOT EXISTS FOR (n:")
            .Append(names.AnyLabel(model.Labels.Select(l => l.Name)))
            .Append(") ON EACH [")
            .AppendJoin(", ", new[] { GraphModel.NameProperty, GraphModel.AliasesProperty }.Concat(model.SearchableProperties).Select(p => "n." + names.Property(p)))
            .Append(']')
            .Append(" OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}")
            .ToString());
        return statements;
    }

    /// <summary>The statements as a script, one per line, each ending in a semicolon (cypher-shell reads it).</summary>
    public static string BuildScript(GraphModel model) =>
        "// Generated from graph-schema/model.json by MineralGraph.Store.Neo4j.Neo4jSchema; do not edit.\n"
        + "// Apply with: cypher-shell -f graph-schema/neo4j/schema.cypher (the API applies it at start).\n"
        + string.Concat(Statements(model).Select(s => s + ";\n"));
}
