namespace MineralGraph.Store;

/// <summary>
/// The refusals a write meets in the stored graph, worded once so every adapter refuses the same
/// change with the same <see cref="StoreErrorKind"/> and message (the checks made before a change
/// reaches the database are <see cref="WriteChecks"/>).
/// </summary>
public static class WriteRefusals
{
    public static GraphStoreException NodeExists(string id) =>
        Conflict($"Node '{id}' already exists; choose another id, or update the existing node instead.");

    public static GraphStoreException NodeMissing(string id) =>
        NotFound($"Node '{id}' does not exist; check the id, or create the node first.");

    /// <param name="firstKey">One of the relationships, named as an example.</param>
    public static GraphStoreException NodeLinked(string id, int relationships, string firstKey) =>
        Conflict($"Node '{id}' has {relationships} relationship(s), e.g. '{firstKey}'; delete them first, or delete the node with detach to delete them with it.");

    /// <param name="kind">"node" or "relationship": what cites the Source.</param>
    /// <param name="citer">Its id or key.</param>
    public static GraphStoreException SourceCited(string id, string kind, string citer) =>
        Conflict($"Source '{id}' is cited by {kind} '{citer}'; remove it from the '{GraphSchema.GraphModel.SourcesProperty}' of everything that cites it first.");

    public static GraphStoreException RelationshipExists(string key) =>
        Conflict($"Relationship '{key}' already exists; choose another key, or update the existing relationship instead.");

    /// <param name="missingId">The end, start or end, that does not exist.</param>
    public static GraphStoreException EndMissing(RelationshipRecord relationship, string missingId) =>
        NotFound($"Relationship '{relationship.Key}' links '{relationship.StartId}' to '{relationship.EndId}', but node '{missingId}' does not exist; create it first or link an existing node.");

    /// <summary>The relationship to update is missing.</summary>
    public static GraphStoreException RelationshipMissing(string key) =>
        NotFound($"Relationship '{key}' does not exist; check the key, or create the relationship first.");

    /// <summary>The relationship to delete is missing.</summary>
    public static GraphStoreException DeletedRelationshipMissing(string key) =>
        NotFound($"Relationship '{key}' does not exist; check the key.");

    /// <summary>Every refusal of a write says that the write changed nothing.</summary>
    internal static GraphStoreException Refused(StoreErrorKind kind, string message) => new(kind, message + " Nothing was written.");

    private static GraphStoreException NotFound(string message) => Refused(StoreErrorKind.NotFound, message);

    private static GraphStoreException Conflict(string message) => Refused(StoreErrorKind.Conflict, message);
}
