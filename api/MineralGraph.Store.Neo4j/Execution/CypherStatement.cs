namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>
/// One Cypher statement and its parameters. Parameter values are <see cref="string"/>,
/// <see cref="long"/>, <see cref="int"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateOnly"/>, null, lists of these and string-keyed maps of these.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters);
