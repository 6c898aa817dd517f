using MineralGraph.Store;

namespace MineralGraph.Seed.Loading;

/// <summary>What a seed load wrote: the store's import result, the dataset's counts per label and type, and where the time went.</summary>
public sealed record SeedLoadResult(
    ImportResult Imported,
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType,
    TimeSpan Reading,
    TimeSpan Checking,
    TimeSpan Writing);
