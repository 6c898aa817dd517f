namespace MineralGraph.Store;

/// <summary>Changes applied in order, in one transaction: all or nothing.</summary>
public sealed record GraphWrite(IReadOnlyList<GraphChange> Changes);

/// <summary>
/// One change of a <see cref="GraphWrite"/>. Values follow <see cref="NodeRecord"/>'s value types;
/// the store checks existence and conflicts, the caller checks values against the graph model.
/// </summary>
public abstract record GraphChange;

/// <summary>Creates a node; <see cref="StoreErrorKind.Conflict"/> when its id exists.</summary>
public sealed record CreateNode(NodeRecord Node) : GraphChange;

/// <summary>
/// Sets and removes properties of a node; <see cref="StoreErrorKind.NotFound"/> when it is missing.
/// The label never changes; <c>id</c> cannot be set nor <c>name</c> unset. A new name renames the
/// node everywhere (relationship pages ordered by name, search).
/// </summary>
public sealed record UpdateNode(string Id, IReadOnlyDictionary<string, object?> Set, IReadOnlyList<string> Unset) : GraphChange;

/// <summary>
/// Deletes a node; <see cref="StoreErrorKind.NotFound"/> when it is missing,
/// <see cref="StoreErrorKind.Conflict"/> when it has relationships and <see cref="Detach"/> is false
/// (with it, they are deleted too), or when it is a Source cited by any node's or relationship's <c>sources</c>.
/// </summary>
public sealed record DeleteNode(string Id, bool Detach) : GraphChange;

/// <summary>
/// Creates a relationship; <see cref="StoreErrorKind.Conflict"/> when its key exists,
/// <see cref="StoreErrorKind.NotFound"/> when an end node is missing.
/// </summary>
public sealed record CreateRelationship(RelationshipRecord Relationship) : GraphChange;

/// <summary>Sets and removes properties of a relationship; <see cref="StoreErrorKind.NotFound"/> when it is missing.</summary>
public sealed record UpdateRelationship(string Key, IReadOnlyDictionary<string, object?> Set, IReadOnlyList<string> Unset) : GraphChange;

/// <summary>Deletes a relationship; <see cref="StoreErrorKind.NotFound"/> when it is missing.</summary>
public sealed record DeleteRelationship(string Key) : GraphChange;

/// <summary>
/// Revision after commit; the final state of every node and relationship created or updated
/// (in change order, each once); ids/keys of everything deleted (detached relationships included);
/// and the change set logged with the write, null when there was nothing to write.
/// </summary>
public sealed record WriteResult(
    long Revision,
    IReadOnlyList<NodeRecord> Nodes,
    IReadOnlyList<RelationshipRecord> Relationships,
    IReadOnlyList<string> DeletedNodeIds,
    IReadOnlyList<string> DeletedRelationshipKeys,
    ChangeSet? Changes)
{
    /// <summary>The result of a write without changes: nothing written, the revision unchanged.</summary>
    public static WriteResult Unchanged(long revision) => new(revision, [], [], [], [], null);
}
