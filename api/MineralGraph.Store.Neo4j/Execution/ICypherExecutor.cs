namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>
/// Runs Cypher against Neo4j. The store speaks only to this interface, so the HTTP Query API
/// client could be replaced by a Bolt driver. Implementations retry transient failures and
/// report every other failure as <see cref="GraphStoreException"/>.
/// </summary>
public interface ICypherExecutor
{
    /// <summary>Runs one statement in its own (auto-commit) transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it; rolls back when the
    /// work fails, and runs the whole work again when the failure is transient.
    /// </summary>
    Task<T> WriteTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
