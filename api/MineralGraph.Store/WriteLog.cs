namespace MineralGraph.Store;

/// <summary>
/// What a write touched, in change order, for its <see cref="WriteResult"/>: each node and
/// relationship once, reported by its final state (written, or deleted).
/// </summary>
public sealed class WriteLog
{
    private readonly List<string> _nodes = [];
    private readonly Dictionary<string, bool> _nodeDeleted = new(StringComparer.Ordinal);
    private readonly List<string> _relationships = [];
    private readonly Dictionary<string, bool> _relationshipDeleted = new(StringComparer.Ordinal);

    /// <summary>Ids of the nodes created or updated and not deleted afterwards: the nodes to read back.</summary>
    public IEnumerable<string> WrittenNodeIds => _nodes.Where(id => !_nodeDeleted[id]);

    /// <summary>Keys of the relationships created or updated and not deleted afterwards.</summary>
    public IEnumerable<string> WrittenRelationshipKeys => _relationships.Where(key => !_relationshipDeleted[key]);

    /// <summary>Ids of every node created, updated or deleted.</summary>
    public IReadOnlyList<string> TouchedNodeIds => _nodes;

    /// <summary>Keys of every relationship created, updated or deleted.</summary>
    public IReadOnlyList<string> TouchedRelationshipKeys => _relationships;

    public void NodeWritten(string id) => Note(_nodes, _nodeDeleted, id, isDeleted: false);

    public void NodeDeleted(string id) => Note(_nodes, _nodeDeleted, id, isDeleted: true);

    public void RelationshipWritten(string key) => Note(_relationships, _relationshipDeleted, key, isDeleted: false);

    public void RelationshipDeleted(string key) => Note(_relationships, _relationshipDeleted, key, isDeleted: true);

    /// <summary>The result, given the final state of the written nodes and relationships as read back before commit.</summary>
    public WriteResult ToResult(long revision, IReadOnlyDictionary<string, NodeRecord> nodes, IReadOnlyDictionary<string, RelationshipRecord> relationships) => new(
        revision,
        [.. WrittenNodeIds.Select(id => nodes[id])],
        [.. WrittenRelationshipKeys.Select(key => relationships[key])],
        [.. _nodes.Where(id => _nodeDeleted[id])],
        [.. _relationships.Where(key => _relationshipDeleted[key])]);

    private static void Note(List<string> order, Dictionary<string, bool> deletedByIdentity, string identity, bool isDeleted)
    {
        if (deletedByIdentity.TryAdd(identity, isDeleted))
        {
            order.Add(identity);
        }
        else
        {
            deletedByIdentity[identity] = isDeleted;
        }
    }
}
