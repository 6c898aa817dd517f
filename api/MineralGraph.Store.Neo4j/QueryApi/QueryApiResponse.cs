using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>A parsed Query API response body: the result, the errors and what the client must carry on.</summary>
internal sealed record QueryApiResponse(
    CypherResult Result,
    IReadOnlyList<QueryApiError> Errors,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId)
{
    public static QueryApiResponse Empty { get; } = new(CypherResult.Empty, [], [], null);
}
