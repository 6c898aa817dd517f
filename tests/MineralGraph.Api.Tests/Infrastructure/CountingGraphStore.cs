using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>Counts the round trips the API makes to the graph-store port, passing every call on.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;
    private int _revisionReads;

    /// <summary>Round trips for data: reads and writes, not revision checks.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Revision checks, counted apart so a response cache does not change the data round trips tests expect.</summary>
    public int RevisionReads => Volatile.Read(ref _revisionReads);

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        Interlocked.Exchange(ref _revisionReads, 0);
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => inner.EnsureSchemaAsync(cancellationToken);

    public Task WarmUpAsync(CancellationToken cancellationToken) => inner.WarmUpAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipsAsync(query, cancellationToken));

    public Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken) =>
        Count(inner.AggregateNodesAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken) =>
        Count(inner.AggregateRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Count(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken) =>
        Count(inner.ExpandAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindShortestPathsAsync(query, cancellationToken));

    public Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken) =>
        inner.ImportAsync(dataset, cancellationToken);

    public ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _revisionReads);
        return inner.GetRevisionAsync(cancellationToken);
    }

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        Count(inner.WriteAsync(write, cancellationToken));

    public Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken) =>
        inner.ReadChangesAsync(afterRevision, limit, cancellationToken);

    private T Count<T>(T call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
