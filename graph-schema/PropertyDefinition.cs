namespace MineralGraph.GraphSchema;

/// <summary>A property of a label or relationship type.</summary>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    bool Required,
    IReadOnlyList<string> AllowedValues,
    string Description)
{
    public bool IsList => Type == PropertyType.StringList;
}
