namespace MineralGraph.Store;

/// <summary>
/// What a write touched, in change order, for its <see cref="WriteResult"/> and its change-log
/// entry: each node and relationship once, reported by its final state (written, or deleted)
/// and compared with before the write (created, updated or deleted).
/// </summary>
public sealed class WriteLog
{
    private readonly List<string> _nodes = [];
    private readonly Dictionary<string, Entry<string>> _nodeEntries = new(StringComparer.Ordinal);
    private readonly List<string> _relationships = [];
    private readonly Dictionary<string, Entry<DeletedRelationship>> _relationshipEntries = new(StringComparer.Ordinal);

    /// <summary>Ids of the nodes created or updated and not deleted afterwards: the nodes to read back.</summary>
    public IEnumerable<string> WrittenNodeIds => _nodes.Where(id => _nodeEntries[id].Deleted is null);

    /// <summary>Keys of the relationships created or updated and not deleted afterwards.</summary>
    public IEnumerable<string> WrittenRelationshipKeys => _relationships.Where(key => _relationshipEntries[key].Deleted is null);

    public void NodeCreated(string id) => Note(_nodes, _nodeEntries, id, existed: false, deleted: null);

    public void NodeUpdated(string id) => Note(_nodes, _nodeEntries, id, existed: true, deleted: null);

    public void NodeDeleted(string id, string label) => Note(_nodes, _nodeEntries, id, existed: true, deleted: label);

    public void RelationshipCreated(string key) => Note(_relationships, _relationshipEntries, key, existed: false, deleted: null);

    public void RelationshipUpdated(string key) => Note(_relationships, _relationshipEntries, key, existed: true, deleted: null);

    public void RelationshipDeleted(string key, string type, string startId, string endId) =>
        Note(_relationships, _relationshipEntries, key, existed: true, deleted: new DeletedRelationship(type, startId, endId));

    /// <summary>The result, given the final state of the written nodes and relationships as read back before commit, and the change set logged with it.</summary>
    public WriteResult ToResult(long revision, IReadOnlyDictionary<string, NodeRecord> nodes, IReadOnlyDictionary<string, RelationshipRecord> relationships, ChangeSet changes) => new(
        revision,
        [.. WrittenNodeIds.Select(id => nodes[id])],
        [.. WrittenRelationshipKeys.Select(key => relationships[key])],
        [.. _nodes.Where(id => _nodeEntries[id].Deleted is not null)],
        [.. _relationships.Where(key => _relationshipEntries[key].Deleted is not null)],
        changes);

    /// <summary>
    /// The change-log entry of the write committed at <paramref name="revision"/>. A node or
    /// relationship created and deleted again by the same write was never seen outside it and is
    /// left out; one deleted and created again was there before and after, so it was updated.
    /// </summary>
    public ChangeSet ToChangeSet(long revision, DateTimeOffset committedAt, IReadOnlyDictionary<string, NodeRecord> nodes, IReadOnlyDictionary<string, RelationshipRecord> relationships)
    {
        var nodeChanges = new List<NodeChange>(_nodes.Count);
        foreach (var id in _nodes)
        {
            var entry = _nodeEntries[id];
            if (entry.Deleted is { } deleted)
            {
                if (entry.Existed)
                {
                    nodeChanges.Add(new NodeChange(ChangeKind.Deleted, id, deleted, null));
                }
            }
            else
            {
                var node = nodes[id];
                nodeChanges.Add(new NodeChange(entry.Existed ? ChangeKind.Updated : ChangeKind.Created, id, node.Label, node.Properties));
            }
        }

        var relationshipChanges = new List<RelationshipChange>(_relationships.Count);
        foreach (var key in _relationships)
        {
            var entry = _relationshipEntries[key];
            if (entry.Deleted is { } deleted)
            {
                if (entry.Existed)
                {
                    relationshipChanges.Add(new RelationshipChange(ChangeKind.Deleted, key, deleted.Type, deleted.StartId, deleted.EndId, null));
                }
            }
            else
            {
                var relationship = relationships[key];
                relationshipChanges.Add(new RelationshipChange(entry.Existed ? ChangeKind.Updated : ChangeKind.Created, key, relationship.Type, relationship.StartId, relationship.EndId, relationship.Properties));
            }
        }

        return nodeChanges.Count + relationshipChanges.Count > ChangeSet.MaxListedChanges
            ? ChangeSet.Bulk(revision, committedAt)
            : new ChangeSet(revision, committedAt, IsBulk: false, nodeChanges, relationshipChanges);
    }

    /// <summary>The first change says whether the item existed before the write; the last, how the write leaves it.</summary>
    private static void Note<TDeleted>(List<string> order, Dictionary<string, Entry<TDeleted>> entries, string identity, bool existed, TDeleted? deleted)
        where TDeleted : class
    {
        if (entries.TryGetValue(identity, out var entry))
        {
            entries[identity] = entry with { Deleted = deleted };
        }
        else
        {
            entries[identity] = new Entry<TDeleted>(existed, deleted);
            order.Add(identity);
        }
    }

    /// <summary>Whether the item existed before the write, and, when the write deletes it, what it was (a node's label, a relationship's type and ends).</summary>
    private readonly record struct Entry<TDeleted>(bool Existed, TDeleted? Deleted)
        where TDeleted : class;

    private sealed record DeletedRelationship(string Type, string StartId, string EndId);
}
