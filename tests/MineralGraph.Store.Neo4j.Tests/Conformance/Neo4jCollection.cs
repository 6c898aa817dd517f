namespace MineralGraph.Store.Neo4j.Tests.Conformance;

/// <summary>The Neo4j contract suites share one database, so they run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection
{
    public const string Name = "neo4j server";
}
