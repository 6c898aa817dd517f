using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction of the Query API. It opens lazily with its first statement
/// (<c>POST …/query/v2/tx</c>), runs the rest at <c>…/tx/{id}</c>, commits at
/// <c>…/tx/{id}/commit</c> and rolls back with <c>DELETE …/tx/{id}</c>; every follow-up request
/// echoes the <c>neo4j-cluster-affinity</c> header so a cluster routes it to the same member.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiExecutor executor) : ICypherTransaction
{
    private string? _path;
    private string? _affinity;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        if (_path is null)
        {
            var (opened, affinity) = await executor.SendAsync(HttpMethod.Post, executor.QueryPath + "/tx", statement, AccessMode.Write, affinity: null, cancellationToken);
            _path = executor.QueryPath + "/tx/" + Uri.EscapeDataString(opened.TransactionId
                ?? throw new GraphStoreException(StoreErrorKind.Unavailable, "Neo4j opened a transaction without returning its id; check that the server runs Neo4j 5.23 or later."));
            _affinity = affinity;
            return opened.Result;
        }

        var (response, _) = await executor.SendAsync(HttpMethod.Post, _path, statement, mode: null, _affinity, cancellationToken);
        return response.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_path is not null)
        {
            await executor.SendAsync(HttpMethod.Post, _path + "/commit", statement: null, mode: null, _affinity, cancellationToken);
            _path = null;
        }
    }

    /// <summary>
    /// Best effort: the server rolls back a failed transaction itself and expires abandoned ones,
    /// so a rollback that fails must not hide the failure that caused it.
    /// </summary>
    public async Task RollBackAsync()
    {
        if (_path is null)
        {
            return;
        }

        var path = _path;
        _path = null;
        try
        {
            await executor.SendAsync(HttpMethod.Delete, path, statement: null, mode: null, _affinity, CancellationToken.None);
        }
        catch (Exception exception) when (exception is GraphStoreException or TransientNeo4jException)
        {
            // Already reported by the caller's own failure; the server cleans up.
        }
    }
}
