using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>An executor wired to a scripted server, with retries fast enough for tests.</summary>
public sealed class QueryApiTestContext
{
    public QueryApiTestContext(Action<Neo4jStoreOptions>? configure = null)
    {
        Options = new Neo4jStoreOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            Database = "minerals",
            User = "neo4j",
            Password = "secret",
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(Options);
        Executor = new QueryApiExecutor(new HttpClient(Server), Options);
    }

    public ScriptedHandler Server { get; } = new();

    public Neo4jStoreOptions Options { get; }

    public QueryApiExecutor Executor { get; }

    public static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value));
}
