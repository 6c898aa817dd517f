using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>The batch behind one relationship field of a query: its loader, and what its pages need to become connections.</summary>
public sealed record RelationshipBatch(BatchLoader<string, Page<ConnectedNode>> Loader, string SortName, bool IncludeTotalCount);
