namespace MineralGraph.Seed.Validation;

/// <summary>Thrown when a seed dataset breaks the format, the graph model or the integrity rules; nothing was written to the store.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedProblem> problems, bool integrityRulesOnly = false)
    : Exception(Describe(problems))
{
    public IReadOnlyList<SeedProblem> Problems { get; } = problems;

    /// <summary>The dataset passed the model's checks and broke only the knowledge graph's integrity rules (<see cref="DatasetIntegrityCheck"/>).</summary>
    public bool IntegrityRulesOnly { get; } = integrityRulesOnly;

    private static string Describe(IReadOnlyList<SeedProblem> problems)
    {
        var shown = Math.Min(problems.Count, 20);
        var lines = new string[shown];
        for (var i = 0; i < shown; i++)
        {
            lines[i] = "  " + problems[i];
        }

        var more = problems.Count > shown ? $"{Environment.NewLine}  … and {problems.Count - shown} more" : "";
        return $"The seed dataset has {problems.Count} problem(s); fix them and load again:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
