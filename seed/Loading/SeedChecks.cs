namespace MineralGraph.Seed.Loading;

/// <summary>What a load checks before it writes anything.</summary>
public enum SeedChecks
{
    /// <summary>What <c>seed validate</c> checks: the graph model's rules, then the knowledge graph's integrity rules (every fact sourced, names unique, ranges, dates…).</summary>
    Full,

    /// <summary>The graph model's rules only (format, ids, labels, types, enumerations, ends): for data that is not curated, such as a synthetic benchmark graph.</summary>
    ModelOnly,
}
