namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>What an update sets and what it removes, checked against the graph model.</summary>
internal sealed class PropertyChanges
{
    public Dictionary<string, object?> Set { get; } = new(StringComparer.Ordinal);

    public List<string> Unset { get; } = [];
}
