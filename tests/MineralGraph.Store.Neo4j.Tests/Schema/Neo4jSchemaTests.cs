namespace MineralGraph.Store.Neo4j.Tests.Schema;

/// <summary>graph-schema/neo4j/schema.cypher is the model's constraints and indexes, and stays so.</summary>
public sealed class Neo4jSchemaTests
{
    /// <summary>Writes the script when asked to (MINERALGRAPH_WRITE_NEO4J_SCHEMA=1), so regenerating it is one command.</summary>
    public Neo4jSchemaTests()
    {
        if (Environment.GetEnvironmentVariable("MINERALGRAPH_WRITE_NEO4J_SCHEMA") == "1")
        {
            File.WriteAllText(RepositoryPaths.Neo4jSchemaScript, Neo4jSchema.BuildScript(GraphModel.Default));
        }
    }

    [Fact]
    public void SchemaScript_MatchesTheGraphModel()
    {
        var expected = Neo4jSchema.BuildScript(GraphModel.Default);
        var actual = File.Exists(RepositoryPaths.Neo4jSchemaScript) ? File.ReadAllText(RepositoryPaths.Neo4jSchemaScript).ReplaceLineEndings("\n") : "";

        Assert.True(expected == actual,
            $"{RepositoryPaths.Neo4jSchemaScript} is out of date with graph-schema/model.json; regenerate it with " +
            "MINERALGRAPH_WRITE_NEO4J_SCHEMA=1 dotnet test tests/MineralGraph.Store.Neo4j.Tests --filter SchemaScript");
    }

    [Fact]
    public void Statements_MakeIdUniquePerLabelAndKeyUniquePerType_AllIdempotent()
    {
        var statements = Neo4jSchema.Statements(GraphModel.Default);

        Assert.All(GraphModel.Default.Labels, label =>
            Assert.Contains($"CREATE CONSTRAINT `{label.Name}_id` IF NOT EXISTS FOR (n:`{label.Name}`) REQUIRE n.id IS UNIQUE", statements));
        Assert.All(GraphModel.Default.Relationships, type =>
            Assert.Contains($"CREATE CONSTRAINT `{type.Type}_key` IF NOT EXISTS FOR ()-[r:`{type.Type}`]-() REQUIRE r.`key` IS UNIQUE", statements));
        Assert.All(statements, s => Assert.Matches(" IF (NOT )?EXISTS", s));
    }

    [Fact]
    public void Statements_IndexTheSortAndFilterPropertiesAndSearchEveryLabel()
    {
        var statements = Neo4jSchema.Statements(GraphModel.Default);

        Assert.Contains("CREATE INDEX `Element_atomicNumber` IF NOT EXISTS FOR (n:`Element`) ON (n.`atomicNumber`)", statements);
        Assert.Contains("CREATE INDEX `Company_name` IF NOT EXISTS FOR (n:`Company`) ON (n.`name`)", statements);
        var unindexed = GraphModel.Default.Labels.SelectMany(l => l.Properties).Where(p => !p.Indexed).Select(p => p.Name).ToHashSet();
        Assert.Equal(["summary", "title", "url"], unindexed.Order(StringComparer.Ordinal));
        Assert.All(unindexed, name => Assert.DoesNotContain(statements, s => s.Contains($"ON (n.`{name}`)", StringComparison.Ordinal)));
        var search = Assert.Single(statements, s => s.StartsWith("CREATE FULLTEXT INDEX `node_search_identifiers`", StringComparison.Ordinal));
        Assert.All(GraphModel.Default.Labels, label => Assert.Contains($"`{label.Name}`", search));
        Assert.Contains("ON EACH [n.`name`, n.`aliases`, n.`symbol`, n.`kind`, n.`ticker`, n.`iso2`, n.`iso3`, n.`code`]", search);
        Assert.True(statements.ToList().IndexOf("DROP INDEX `node_search` IF EXISTS") is >= 0 and var drop && drop < statements.ToList().IndexOf(search), "The names-only index of earlier versions is dropped first.");
    }
}
