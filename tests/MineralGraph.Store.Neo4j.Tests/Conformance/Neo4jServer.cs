namespace MineralGraph.Store.Neo4j.Tests.Conformance;

/// <summary>The Neo4j server the conformance suite runs against, from the environment; none means the suite is skipped.</summary>
public static class Neo4jServer
{
    public const string UriVariable = "MINERALGRAPH_NEO4J_URI";

    public static string? SkipReason => Environment.GetEnvironmentVariable(UriVariable) is { Length: > 0 }
        ? null
        : $"Set {UriVariable} (e.g. http://localhost:7474) with MINERALGRAPH_NEO4J_USER and MINERALGRAPH_NEO4J_PASSWORD (and MINERALGRAPH_NEO4J_DATABASE, default neo4j) to run the store contract suite against Neo4j.";

    public static Neo4jStoreOptions Options() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable(UriVariable) ?? throw new InvalidOperationException(SkipReason)),
        User = Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_USER"),
        Password = Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("MINERALGRAPH_NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
    };
}
