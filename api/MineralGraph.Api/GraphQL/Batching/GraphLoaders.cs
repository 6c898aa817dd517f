using System.Collections.Concurrent;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one GraphQL request (a scoped service): one for nodes by id, and one per
/// distinct relationship query (field and arguments), each keyed by parent id.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, BatchLoader<string, Page<ConnectedNode>>> _relationships = new(StringComparer.Ordinal);

    public BatchLoader<string, NodeRecord> Nodes { get; } = new(store.GetNodesAsync);

    /// <summary>
    /// The loader for one relationship query shape; <paramref name="shape"/> identifies the field and
    /// its arguments, and <paramref name="query"/> is that query without parent ids.
    /// </summary>
    public BatchLoader<string, Page<ConnectedNode>> Relationships(string shape, RelationshipQuery query) =>
        _relationships.GetOrAdd(shape, static (_, state) => new BatchLoader<string, Page<ConnectedNode>>(
            (parents, cancellationToken) => state.Store.GetRelationshipsAsync(state.Query with { ParentIds = parents }, cancellationToken)),
            (Store: store, Query: query));
}
