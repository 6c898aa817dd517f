namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up from the test binaries to MineralGraph.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CypherLint => Path.Combine(Root, "tests", "cypher-lint");

    public static string Neo4jSchemaScript => Path.Combine(Root, "graph-schema", "neo4j", "schema.cypher");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MineralGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"MineralGraph.sln was not found above {AppContext.BaseDirectory}.");
    }
}
