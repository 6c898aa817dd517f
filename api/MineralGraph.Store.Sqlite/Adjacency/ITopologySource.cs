namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// What <see cref="AdjacencyIndex"/> reads from the store, always in the caller's read
/// transaction, so what it learns is exactly the snapshot the caller then reads rows from.
/// </summary>
internal interface ITopologySource
{
    /// <summary>Every node, in id order; labels as indexes into <paramref name="labels"/> where they are among them.</summary>
    IEnumerable<LoadedNode> Nodes(IReadOnlyList<string> labels);

    /// <summary>Every relationship; types as indexes into <paramref name="types"/> where they are among them.</summary>
    IEnumerable<LoadedEdge> Edges(IReadOnlyList<string> types);

    /// <summary>One property of every node of a label (null where absent).</summary>
    IEnumerable<(int Node, object? Value)> NodeValues(string label, string property);

    /// <summary>One property of every relationship of a type (null where absent).</summary>
    IEnumerable<(int Edge, object? Value)> EdgeValues(string type, string property);

    /// <summary>
    /// What the writes committed after <paramref name="fromRevision"/>, up to the snapshot's
    /// <paramref name="toRevision"/>, touched; null when the change log cannot tell (an import,
    /// or changes older than it keeps): then the topology is loaded again.
    /// </summary>
    TopologyChanges? ChangesSince(long fromRevision, long toRevision);

    /// <summary>The nodes with these ids as they are now; absent ones were deleted.</summary>
    IEnumerable<(int Node, string Id, string Label, string Name)> NodesById(IReadOnlyCollection<string> ids);

    /// <summary>The relationships with these keys as they are now; absent ones were deleted.</summary>
    IEnumerable<(int Edge, string Key, string Type, string Start, string End)> EdgesByKey(IReadOnlyCollection<string> keys);

    /// <summary>The nodes among these that pass every filter.</summary>
    IReadOnlySet<int> Passing(IReadOnlyCollection<int> nodes, IReadOnlyList<NodeFilter> filters);

    /// <summary>The relationships among these whose own properties pass every filter.</summary>
    IReadOnlySet<int> PassingRelationships(IReadOnlyCollection<int> edges, IReadOnlyList<NodeFilter> filters);
}

/// <summary>The ids of the nodes and the keys of the relationships a run of writes created, changed or deleted.</summary>
internal sealed record TopologyChanges(IReadOnlyCollection<string> NodeIds, IReadOnlyCollection<string> RelationshipKeys);
