using System.Collections.Concurrent;
using GraphQLParser.AST;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one GraphQL request (a scoped service): one for nodes by id, and one per
/// distinct relationship query (field and arguments), each keyed by parent id.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<GraphQLField, RelationshipBatch> _byField = new();
    private readonly ConcurrentDictionary<string, RelationshipBatch> _byShape = new(StringComparer.Ordinal);

    public BatchLoader<string, NodeRecord> Nodes { get; } = new(store.GetNodesAsync);

    /// <summary>
    /// The batches of a relationship field. Within a request a field's arguments and selection are
    /// the same for every parent, so <paramref name="describe"/> reads them once per field of the
    /// document; fields that describe the same query (same <c>Shape</c>, e.g. one field under two
    /// fragments) share one batch.
    /// </summary>
    public RelationshipBatch Relationships<TState>(GraphQLField field, TState state, Func<TState, RelationshipDescription> describe) =>
        _byField.GetOrAdd(field, static (_, context) =>
        {
            var description = context.Describe(context.State);
            return context.Loaders._byShape.GetOrAdd(description.Shape, static (_, described) =>
                new RelationshipBatch(
                    described.Description.Query is { } query
                        ? new BatchLoader<string, Page<ConnectedNode>>((parents, cancellationToken) =>
                            described.Store.GetRelationshipsAsync(query with { ParentIds = parents }, cancellationToken))
                        : null,
                    described.Description.Aggregates is { } aggregates
                        ? new BatchLoader<string, AggregateResult>((parents, cancellationToken) =>
                            described.Store.AggregateRelationshipsAsync(aggregates with { ParentIds = parents }, cancellationToken))
                        : null,
                    described.Description.SortName,
                    described.Description.Query?.IncludeTotalCount == true),
                (context.Store, Description: description));
        }, (Loaders: this, Store: store, State: state, Describe: describe));
}
