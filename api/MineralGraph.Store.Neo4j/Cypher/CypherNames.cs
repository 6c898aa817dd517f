using System.Text.RegularExpressions;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Labels, relationship types and property names are the only text written into statements
/// that is not Cypher itself. Each comes from the graph model and is checked here, then
/// backquoted, so request input can never become Cypher.
/// </summary>
internal sealed partial class CypherNames
{
    private readonly GraphModel _model;
    private readonly HashSet<string> _properties;

    public CypherNames(GraphModel model)
    {
        _model = model;
        _properties = [.. model.AllPropertyNames(), RelationshipRecord.KeyProperty];
    }

    public GraphModel Model => _model;

    public string Label(string label) =>
        _model.FindLabel(label) is not null && IsIdentifier(label)
            ? Quote(label)
            : throw new GraphStoreException(StoreErrorKind.InvalidData, $"'{label}' is not a label of the graph model; use one of {string.Join(", ", _model.Labels.Select(l => l.Name))}.");

    public string Type(string type) =>
        _model.FindRelationship(type) is not null && IsIdentifier(type)
            ? Quote(type)
            : throw new GraphStoreException(StoreErrorKind.InvalidData, $"'{type}' is not a relationship type of the graph model.");

    public string Property(string property) =>
        _properties.Contains(property) && IsIdentifier(property)
            ? Quote(property)
            : throw new GraphStoreException(StoreErrorKind.InvalidData, $"'{property}' is not a property of the graph model.");

    /// <summary>A label expression matching any of the labels: <c>`A`|`B`</c>.</summary>
    public string AnyLabel(IEnumerable<string> labels) => string.Join("|", labels.Distinct(StringComparer.Ordinal).Select(Label));

    /// <summary>A relationship type expression matching any of the types: <c>`A`|`B`</c>.</summary>
    public string AnyType(IEnumerable<string> types) => string.Join("|", types.Distinct(StringComparer.Ordinal).Select(Type));

    public RelationshipDefinition Relationship(string type) =>
        _model.FindRelationship(type) ?? throw new GraphStoreException(StoreErrorKind.InvalidData, $"'{type}' is not a relationship type of the graph model.");

    private static string Quote(string identifier) => "`" + identifier + "`";

    private static bool IsIdentifier(string name) => IdentifierPattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
