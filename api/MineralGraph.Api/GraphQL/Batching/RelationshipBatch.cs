using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>
/// The batches behind one relationship field of a query: its pages (null when the selection reads
/// none) and its figures (null when it asks for none), and what its pages need to become connections.
/// </summary>
public sealed record RelationshipBatch(
    BatchLoader<string, Page<ConnectedNode>>? Pages,
    BatchLoader<string, AggregateResult>? Aggregates,
    string SortName,
    bool IncludeTotalCount);
