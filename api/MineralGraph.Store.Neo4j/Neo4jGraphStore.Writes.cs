namespace MineralGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Neo4j store gains revisions in the next commit.");

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Neo4j store gains writes in the next commit.");
}
