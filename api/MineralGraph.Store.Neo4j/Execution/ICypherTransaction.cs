namespace MineralGraph.Store.Neo4j.Execution;

/// <summary>An open explicit transaction; its executor commits or rolls it back.</summary>
public interface ICypherTransaction
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);
}
