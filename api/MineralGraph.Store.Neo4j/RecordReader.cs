using System.Globalization;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Reads result values into the port's records. The graph model gives each known property its
/// type back (an int property stays a long, a float a double even when whole, a list a string
/// list), so values read the same as from any other store.
/// </summary>
internal sealed class RecordReader(GraphModel model)
{
    /// <summary>The relationship map every statement returns: <c>{key, type, start, end, properties}</c>.</summary>
    public const string RelationshipProjection = "{key: r.`key`, type: type(r), start: startNode(r).id, end: endNode(r).id, properties: properties(r)}";

    /// <summary>What identifies a relationship once deleted: <c>{key, type, start, end}</c>.</summary>
    public const string RelationshipIdentity = "{key: r.`key`, type: type(r), start: startNode(r).id, end: endNode(r).id}";

    /// <summary>A node; with a selection, only the properties it names (and the name) are read.</summary>
    public NodeRecord Node(object? value, PropertySelection? selection = null)
    {
        var node = value as CypherNode ?? throw Unexpected("a node", value);
        var label = node.Labels.FirstOrDefault(l => model.FindLabel(l) is not null) ?? node.Labels.FirstOrDefault() ?? "";
        var definition = model.FindLabel(label);
        var properties = new Dictionary<string, object?>(node.Properties.Count, StringComparer.Ordinal);
        string? id = null;
        foreach (var (name, raw) in node.Properties)
        {
            if (name == GraphModel.IdProperty)
            {
                id = raw as string;
                continue;
            }

            if (selection is null || name == GraphModel.NameProperty || selection.Includes(name))
            {
                properties[name] = Coerce(raw, definition?.FindProperty(name)?.Type);
            }
        }

        return new NodeRecord(id ?? throw Unexpected("a node with an id", value), label, properties);
    }

    /// <summary>A relationship; with a selection, only the properties it names are read.</summary>
    public RelationshipRecord Relationship(object? value, PropertySelection? selection = null)
    {
        var map = value as IReadOnlyDictionary<string, object?> ?? throw Unexpected("a relationship map", value);
        var type = (string)map["type"]!;
        var definition = model.FindRelationship(type);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, raw) in (IReadOnlyDictionary<string, object?>)map["properties"]!)
        {
            if (name != RelationshipRecord.KeyProperty && (selection is null || selection.Includes(name)))
            {
                properties[name] = Coerce(raw, definition?.FindProperty(name)?.Type);
            }
        }

        return new RelationshipRecord((string)map["key"]!, type, (string)map["start"]!, (string)map["end"]!, properties);
    }

    public GraphPath Path(object? nodes, object? relationships) => new(
        [.. ((IEnumerable<object?>)nodes!).Select(n => Node(n))],
        [.. ((IEnumerable<object?>)relationships!).Select(r => Relationship(r))]);

    /// <summary>A value in the port's types: long, double, bool, string, DateOnly or a string list.</summary>
    public static object? Coerce(object? value, PropertyType? type) => value switch
    {
        long whole when type == PropertyType.Float => (double)whole,
        double number when type == PropertyType.Int && double.IsInteger(number) => (long)number,
        string text when type == PropertyType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        List<object?> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!).ToArray(),
        _ => value,
    };

    private static GraphStoreException Unexpected(string expected, object? value) =>
        new(StoreErrorKind.InvalidData, $"Neo4j returned {value?.GetType().Name ?? "null"} where the store expected {expected}; the database holds data the graph model does not describe.");
}
