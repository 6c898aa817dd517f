namespace MineralGraph.Api.GraphQL.Pagination;

public sealed record Edge<T>(T Node, string Cursor);
