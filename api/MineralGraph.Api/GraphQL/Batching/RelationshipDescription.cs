using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Batching;

/// <summary>A relationship field's query (without parent ids), the sort its cursors name, and a text identifying both.</summary>
public sealed record RelationshipDescription(RelationshipQuery Query, string SortName, string Shape);
