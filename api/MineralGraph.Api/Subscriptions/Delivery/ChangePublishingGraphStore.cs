using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>
/// The graph store as this process uses it, announcing what it commits: a write's change set
/// goes to this process's feed at once and to the other processes over Redis; an import, whose
/// changes the log holds as one bulk entry, only says that the revision moved. Announcements
/// follow the commit, so nothing uncommitted or rolled back is ever announced. Every other call
/// passes through unchanged.
/// </summary>
internal sealed class ChangePublishingGraphStore(IGraphStore inner, ChangeSignals signals, RedisChangeBus bus) : IGraphStore
{
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        var result = await inner.WriteAsync(write, cancellationToken);
        if (result.Changes is { } changes)
        {
            signals.Committed(changes, ChangeSource.Local);
            bus.Publish(changes);
        }

        return result;
    }

    public async Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken)
    {
        var result = await inner.ImportAsync(dataset, cancellationToken);
        signals.RevisionMayHaveMoved();
        bus.PublishRevisionMoved();
        return result;
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => inner.EnsureSchemaAsync(cancellationToken);

    public Task WarmUpAsync(CancellationToken cancellationToken) => inner.WarmUpAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) => inner.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        inner.GetRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken) => inner.ExpandAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) => inner.FindShortestPathsAsync(query, cancellationToken);

    public Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken) =>
        inner.AggregateNodesAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken) =>
        inner.AggregateRelationshipsAsync(query, cancellationToken);

    public ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken) => inner.GetRevisionAsync(cancellationToken);

    public Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken) =>
        inner.ReadChangesAsync(afterRevision, limit, cancellationToken);
}
