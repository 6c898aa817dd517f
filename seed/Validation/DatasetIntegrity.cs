namespace MineralGraph.Seed.Validation;

/// <summary>
/// What <see cref="DatasetIntegrityCheck"/> found: problems make a dataset unfit to load; warnings
/// are facts that are legitimately possible (a regulation effective before it was announced) but
/// worth a second look.
/// </summary>
public sealed record DatasetIntegrity(IReadOnlyList<SeedProblem> Problems, IReadOnlyList<SeedProblem> Warnings)
{
    public bool IsClean => Problems.Count == 0;
}
