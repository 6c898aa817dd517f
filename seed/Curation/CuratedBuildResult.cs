using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// What <see cref="CuratedBuild"/> found: problems (nothing was written), warnings, and the generated
/// files that differed from the dataset's (written, or only reported when comparing).
/// </summary>
public sealed record CuratedBuildResult(
    IReadOnlyList<SeedProblem> Problems,
    IReadOnlyList<SeedProblem> Warnings,
    IReadOnlyList<string> ChangedFiles,
    int Nodes,
    int Relationships)
{
    public bool IsClean => Problems.Count == 0;
}
