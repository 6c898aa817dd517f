namespace MineralGraph.Seed.Validation;

/// <summary>
/// One thing wrong with a seed dataset: where it is (file relative to the dataset folder,
/// 1-based line, column header when one is to blame) and what to change.
/// </summary>
public sealed record SeedProblem(string File, int Line, string? Column, string Message)
{
    public override string ToString() => Column is null
        ? $"{File}:{Line}: {Message}"
        : $"{File}:{Line} [{Column}]: {Message}";
}
