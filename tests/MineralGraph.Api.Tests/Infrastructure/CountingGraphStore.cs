using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>Counts the round trips the API makes to the graph-store port, passing every call on.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => inner.EnsureSchemaAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Count(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken) =>
        Count(inner.ExpandAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindShortestPathsAsync(query, cancellationToken));

    public Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken) =>
        inner.ImportAsync(dataset, cancellationToken);

    private T Count<T>(T call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
