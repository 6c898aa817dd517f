namespace MineralGraph.Store;

/// <summary>
/// A node: its id, label and properties (name, aliases and sources included). Values are
/// <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateOnly"/> or <c>IReadOnlyList&lt;string&gt;</c>; absent properties are absent keys.
/// </summary>
public sealed record NodeRecord(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    public string Name => (string)Properties[GraphSchema.GraphModel.NameProperty]!;

    public object? this[string property] => property == GraphSchema.GraphModel.IdProperty ? Id : Properties.GetValueOrDefault(property);
}

/// <summary>
/// A relationship. <see cref="Key"/> identifies it across loads and stores, since a pair of nodes
/// may be linked by the same type more than once (one production share per year and stage).
/// </summary>
public sealed record RelationshipRecord(string Key, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The property that holds <see cref="Key"/> in stores that keep it among a relationship's properties (the node key is <c>id</c>).</summary>
    public const string KeyProperty = "key";

    public object? this[string property] => Properties.GetValueOrDefault(property);
}

/// <summary>A relationship seen from one of its ends: the relationship and the node at its other end.</summary>
public sealed record ConnectedNode(RelationshipRecord Relationship, NodeRecord Node);

/// <summary>A walk through the graph: <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
public sealed record GraphPath(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships)
{
    public NodeRecord Start => Nodes[0];

    public NodeRecord End => Nodes[^1];

    public int Length => Relationships.Count;
}

public sealed record SearchHit(NodeRecord Node, double Score);

public sealed record GraphStatistics(IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> RelationshipsByType)
{
    public long NodeCount => NodesByLabel.Values.Sum();

    public long RelationshipCount => RelationshipsByType.Values.Sum();
}

/// <summary>A whole graph or part of one, as the seed loader hands it to a store.</summary>
public sealed record GraphDataset(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);

public sealed record ImportResult(int Nodes, int Relationships);
