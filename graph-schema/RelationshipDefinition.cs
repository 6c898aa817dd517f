namespace MineralGraph.GraphSchema;

/// <summary>
/// A relationship type. <see cref="OutField"/> names it on its start nodes and
/// <see cref="InField"/> on its end nodes, so every relationship is reachable from both ends.
/// </summary>
public sealed record RelationshipDefinition(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string OutField,
    string InField,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) =>
        Properties.FirstOrDefault(p => p.Name == name);

    public bool Connects(string startLabel, string endLabel) =>
        From.Contains(startLabel) && To.Contains(endLabel);
}
