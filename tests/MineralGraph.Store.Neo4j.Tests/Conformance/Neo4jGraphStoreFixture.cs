using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

/// <summary>
/// Stores on the Neo4j server named by MINERALGRAPH_NEO4J_URI. A server holds one graph per
/// database, so a new store empties the database, and the Neo4j suites run one class at a time
/// (the <see cref="Neo4jCollection"/>). Use a database you can wipe.
/// </summary>
public sealed class Neo4jGraphStoreFixture : GraphStoreFixture
{
    private readonly HttpClient _http = QueryApiExecutor.CreateHttpClient();

    public override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = Neo4jServer.Options();
        var executor = new QueryApiExecutor(_http, options);
        await executor.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), AccessMode.Write, CancellationToken.None);
        return new Neo4jGraphStore(executor, GraphModel.Default, options);
    }

    public override Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }
}
