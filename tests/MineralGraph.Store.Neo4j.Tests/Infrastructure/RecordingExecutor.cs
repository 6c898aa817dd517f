namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// An executor that records every statement the store sends and answers with what the test
/// scripts (by default, no rows).
/// </summary>
public sealed class RecordingExecutor(Func<CypherStatement, CypherResult>? respond = null) : ICypherExecutor
{
    private readonly List<RecordedStatement> _statements = [];

    public IReadOnlyList<RecordedStatement> Statements => _statements;

    public Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        _statements.Add(new RecordedStatement(statement, mode, InTransaction: false));
        return Task.FromResult(Respond(statement));
    }

    public Task<T> WriteTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        work(new RecordingTransaction(this), cancellationToken);

    private CypherResult Respond(CypherStatement statement) => respond?.Invoke(statement) ?? CypherResult.Empty;

    /// <summary>Answers an import batch as a server that found every node: each relationship key merged.</summary>
    public static CypherResult MergeEverything(CypherStatement statement) =>
        statement.Parameters.TryGetValue("rows", out var rows) && statement.Text.Contains("AS merged", StringComparison.Ordinal)
            ? new CypherResult(["merged"], [[((IEnumerable<object?>)rows!).Cast<IReadOnlyDictionary<string, object?>>().Select(r => r["key"]).ToList()]])
            : CypherResult.Empty;

    private sealed class RecordingTransaction(RecordingExecutor executor) : ICypherTransaction
    {
        public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            executor._statements.Add(new RecordedStatement(statement, AccessMode.Write, InTransaction: true));
            return Task.FromResult(executor.Respond(statement));
        }
    }
}
