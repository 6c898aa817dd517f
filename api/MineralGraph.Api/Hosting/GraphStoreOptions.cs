using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Hosting;

/// <summary>Which graph store serves the API, and what it is filled with on first start; bound from <c>Store</c>.</summary>
public sealed class GraphStoreOptions
{
    public const string SectionName = "Store";

    /// <summary><c>sqlite</c> (embedded, the default).</summary>
    [RegularExpression("^(sqlite)$", ErrorMessage = "Store:Provider must be 'sqlite'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Seed CSV folder loaded when the store is empty at start; empty to start with an empty graph.</summary>
    public string? SeedDirectory { get; set; } = "seed/data";
}
