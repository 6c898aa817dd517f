using MineralGraph.Store;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// What reading a seed folder found: the dataset, every problem, and counts per label and
/// relationship type. The dataset may only be written to a store when <see cref="IsValid"/>.
/// </summary>
public sealed record SeedReadResult(
    GraphDataset Dataset,
    IReadOnlyList<SeedProblem> Problems,
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType)
{
    public bool IsValid => Problems.Count == 0;
}
