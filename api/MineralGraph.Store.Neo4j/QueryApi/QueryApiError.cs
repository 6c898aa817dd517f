namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>One entry of a Query API <c>errors</c> array: a Neo4j status code and its message.</summary>
internal sealed record QueryApiError(string Code, string Message)
{
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
