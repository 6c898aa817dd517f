namespace MineralGraph.Store;

/// <summary>
/// The graph-store port: everything the API asks of a graph database. Async-only, cancellable,
/// and batched: loading a relationship for N parents is one call. Adapters translate their
/// driver's failures into <see cref="GraphStoreException"/>, so callers never see SQLite or
/// HTTP types.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates tables, indexes or constraints when missing; safe to call at every start.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Prepares what the store keeps in memory to serve reads (the SQLite store's adjacency index),
    /// so that the first reads need not wait for it. Reads work without it; safe to call at any time.
    /// </summary>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>Node and relationship counts; also serves as the health probe.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>The nodes with these ids; ids that match no node are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>One keyset page of the nodes of a label that pass every filter.</summary>
    Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One keyset page of relationships for each parent: the parent's neighbours through one
    /// relationship type and direction. Every parent id is a key of the result.
    /// </summary>
    Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken);

    /// <summary>Figures (counts, minimum, maximum, sum, average, counts by value) over the nodes of a label that pass every filter; one statement.</summary>
    Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The same figures over each parent's relationships, as <see cref="GetRelationshipsAsync"/>
    /// selects them, in one statement for every parent. Every parent id is a key of the result.
    /// </summary>
    Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes whose name or aliases match the text, best match first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Every node reachable from the start nodes in 1 to <see cref="ExpandQuery.MaxHops"/> hops:
    /// one shortest path for each (start, reached node) pair; a start node is not reached again.
    /// </summary>
    Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken);

    /// <summary>The shortest paths between two nodes, at most <see cref="PathQuery.Limit"/> of them.</summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts nodes by id and relationships by key in one transaction: all or nothing, idempotent.
    /// It moves the revision and is logged as one bulk change set.
    /// </summary>
    Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken);

    /// <summary>
    /// The graph's revision: changes with every committed write or import, and is the same for
    /// every process that uses the same store. Equal revisions mean the graph has not changed.
    /// </summary>
    ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies the changes in order in one transaction: all or nothing, with the revision bump and
    /// the change-log entry. Returns the revision after commit. A missing node or relationship
    /// fails with <see cref="StoreErrorKind.NotFound"/>, an id or key already taken (or a node
    /// still linked) with <see cref="StoreErrorKind.Conflict"/>.
    /// </summary>
    Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken);

    /// <summary>
    /// The change log from a revision onward: at most <paramref name="limit"/> change sets with
    /// revisions above <paramref name="afterRevision"/>, oldest first, each written in the
    /// transaction that committed its revision (so only committed writes are ever logged). The log
    /// keeps a bounded number of recent revisions; <see cref="ChangeLogPage.IsComplete"/> says
    /// whether it still held every revision after the one asked for.
    /// </summary>
    Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken);
}
