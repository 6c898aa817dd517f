using MineralGraph.Store;

namespace MineralGraph.Seed.Loading;

/// <summary>What a seed load wrote: the store's import result and the dataset's counts per label and type.</summary>
public sealed record SeedLoadResult(
    ImportResult Imported,
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType);
