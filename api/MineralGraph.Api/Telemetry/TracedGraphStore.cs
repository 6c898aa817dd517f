using System.Diagnostics;
using MineralGraph.Store;

namespace MineralGraph.Api.Telemetry;

/// <summary>
/// The graph store with one client span per call, named <c>{operation} {label or type}</c> and
/// tagged with the database semantic conventions (<c>db.system.name</c>, <c>db.operation.name</c>,
/// <c>db.collection.name</c>) and the batch size, whatever the adapter: the Neo4j adapter's HTTP
/// requests, traced by the HttpClient instrumentation, are its children. Without a listener each
/// call goes straight to the adapter.
/// </summary>
internal sealed class TracedGraphStore(IGraphStore inner, string system) : IGraphStore
{
    private const string BatchSizeTag = "mineralgraph.store.batch.size";

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        TraceAsync("EnsureSchema", null, null, 0, static async (store, _, ct) => { await store.EnsureSchemaAsync(ct); return true; }, cancellationToken);

    public Task WarmUpAsync(CancellationToken cancellationToken) =>
        TraceAsync("WarmUp", null, null, 0, static async (store, _, ct) => { await store.WarmUpAsync(ct); return true; }, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        TraceAsync("GetStatistics", null, null, 0, static (store, _, ct) => store.GetStatisticsAsync(ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        TraceAsync("GetNodes", null, ids.Count, ids, static (store, ids, ct) => store.GetNodesAsync(ids, ct), cancellationToken);

    public Task<Page<NodeRecord>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        TraceAsync("FindNodes", query.Label, null, query, static (store, query, ct) => store.FindNodesAsync(query, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationships", query.Type, query.ParentIds.Count, query, static (store, query, ct) => store.GetRelationshipsAsync(query, ct), cancellationToken);

    public Task<AggregateResult> AggregateNodesAsync(NodeAggregateQuery query, CancellationToken cancellationToken) =>
        TraceAsync("AggregateNodes", query.Label, null, query, static (store, query, ct) => store.AggregateNodesAsync(query, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, AggregateResult>> AggregateRelationshipsAsync(RelationshipAggregateQuery query, CancellationToken cancellationToken) =>
        TraceAsync("AggregateRelationships", query.Type, query.ParentIds.Count, query, static (store, query, ct) => store.AggregateRelationshipsAsync(query, ct), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Search", null, null, query, static (store, query, ct) => store.SearchAsync(query, ct), cancellationToken);

    public Task<IReadOnlyList<GraphPath>> ExpandAsync(ExpandQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Expand", null, null, query, static (store, query, ct) => store.ExpandAsync(query, ct), cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        TraceAsync("FindShortestPaths", null, null, query, static (store, query, ct) => store.FindShortestPathsAsync(query, ct), cancellationToken);

    public Task<ImportResult> ImportAsync(GraphDataset dataset, CancellationToken cancellationToken) =>
        TraceAsync("Import", null, dataset.Nodes.Count + dataset.Relationships.Count, dataset, static (store, dataset, ct) => store.ImportAsync(dataset, ct), cancellationToken);

    public ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken) =>
        MineralGraphActivitySource.Source.HasListeners()
            ? new ValueTask<long>(TraceCoreAsync("GetRevision", null, null, 0, static (store, _, ct) => store.GetRevisionAsync(ct).AsTask(), cancellationToken))
            : inner.GetRevisionAsync(cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        TraceAsync("Write", null, write.Changes.Count, write, static (store, write, ct) => store.WriteAsync(write, ct), cancellationToken);

    public Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken) =>
        TraceAsync("ReadChanges", null, limit, afterRevision, (store, after, ct) => store.ReadChangesAsync(after, limit, ct), cancellationToken);

    private Task<TResult> TraceAsync<TArgument, TResult>(
        string operation,
        string? collection,
        int? batchSize,
        TArgument argument,
        Func<IGraphStore, TArgument, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken) =>
        MineralGraphActivitySource.Source.HasListeners()
            ? TraceCoreAsync(operation, collection, batchSize, argument, call, cancellationToken)
            : call(inner, argument, cancellationToken);

    private async Task<TResult> TraceCoreAsync<TArgument, TResult>(
        string operation,
        string? collection,
        int? batchSize,
        TArgument argument,
        Func<IGraphStore, TArgument, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken)
    {
        using var activity = MineralGraphActivitySource.Source.StartActivity(collection is null ? operation : $"{operation} {collection}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", system);
            activity.SetTag("db.operation.name", operation);
            if (collection is not null)
            {
                activity.SetTag("db.collection.name", collection);
            }

            if (batchSize is not null)
            {
                activity.SetTag(BatchSizeTag, batchSize);
            }
        }

        try
        {
            return await call(inner, argument, cancellationToken);
        }
        catch (Exception exception)
        {
            MineralGraphActivitySource.Fail(activity, exception);
            throw;
        }
    }
}
