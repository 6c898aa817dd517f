namespace MineralGraph.GraphSchema;

/// <summary>A node label; <see cref="Properties"/> includes the properties every node has.</summary>
public sealed record LabelDefinition(
    string Name,
    string Plural,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) =>
        Properties.FirstOrDefault(p => p.Name == name);
}
