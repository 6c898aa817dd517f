using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Hosting;

/// <summary>Which graph store serves the API, and what it is filled with on first start; bound from <c>Store</c>.</summary>
public sealed class GraphStoreOptions
{
    public const string SectionName = "Store";

    public const string Sqlite = "sqlite";

    public const string Neo4j = "neo4j";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>neo4j</c> (a Neo4j 5.23+ server or Aura, configured under <c>Store:Neo4j</c>).</summary>
    [RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "Store:Provider must be 'sqlite' or 'neo4j'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Seed CSV folder loaded when the store is empty at start; empty to start with an empty graph.</summary>
    public string? SeedDirectory { get; set; } = "seed/data";
}
