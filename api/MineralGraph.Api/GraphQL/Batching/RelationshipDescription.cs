using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>
/// A relationship field's page query (without parent ids; null when the selection reads no page),
/// its figures (null when it asks for none), the sort its cursors name, and a text identifying all three.
/// </summary>
public sealed record RelationshipDescription(RelationshipQuery? Query, RelationshipAggregateQuery? Aggregates, string SortName, string Shape);
