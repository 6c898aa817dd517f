namespace MineralGraph.Store;

/// <summary>How a committed write left a node or relationship, compared with before it.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}

/// <summary>A node a committed write created, updated or deleted: its properties after the write (name included), null when deleted.</summary>
public sealed record NodeChange(ChangeKind Kind, string Id, string Label, IReadOnlyDictionary<string, object?>? Properties)
{
    /// <summary>The node as the write left it; null when deleted.</summary>
    public NodeRecord? Node => Properties is null ? null : new NodeRecord(Id, Label, Properties);
}

/// <summary>A relationship a committed write created, updated or deleted: its properties after the write, null when deleted.</summary>
public sealed record RelationshipChange(ChangeKind Kind, string Key, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?>? Properties)
{
    /// <summary>The relationship as the write left it; null when deleted.</summary>
    public RelationshipRecord? Relationship => Properties is null ? null : new RelationshipRecord(Key, Type, StartId, EndId, Properties);

    /// <summary>Whether the relationship starts or ends at the node.</summary>
    public bool Touches(string nodeId) => StartId == nodeId || EndId == nodeId;
}

/// <summary>
/// What one committed revision changed, as the store's change log keeps it: every node and
/// relationship the write created, updated or deleted, in change order, each once. An import,
/// or a write that touched more than <see cref="MaxListedChanges"/> nodes and relationships, is
/// logged as a bulk change (<see cref="IsBulk"/>) whose changes are not listed: a reader of the
/// log learns that the graph changed at that revision, and reads it again.
/// </summary>
public sealed record ChangeSet(long Revision, DateTimeOffset CommittedAt, bool IsBulk, IReadOnlyList<NodeChange> Nodes, IReadOnlyList<RelationshipChange> Relationships)
{
    /// <summary>The most changes one log entry lists; a write touching more is logged as bulk, so the log and its readers stay small.</summary>
    public const int MaxListedChanges = 1000;

    public static ChangeSet Bulk(long revision, DateTimeOffset committedAt) => new(revision, committedAt, IsBulk: true, [], []);
}

/// <summary>
/// A read of the change log: the change sets after the revision asked for, oldest first, and the
/// store's revision at the time of the read. <see cref="IsComplete"/> is false when the log no
/// longer holds the revision right after the one asked for (the log keeps a bounded number of
/// revisions, and none from before it existed): the reader missed changes and must read the
/// graph again; <see cref="ChangeSets"/> then start at the oldest revision the log still holds.
/// </summary>
public sealed record ChangeLogPage(IReadOnlyList<ChangeSet> ChangeSets, long Revision, bool IsComplete);
