namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>A node value in a result row: its labels and properties, values decoded like any other.</summary>
public sealed record CypherNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
