namespace MineralGraph.Seed.Generation;

/// <summary>
/// What to generate: <see cref="Mines"/> sets the scale (companies, facilities, sources and the
/// rest grow with it); the same <see cref="Seed"/> always yields byte-identical files.
/// </summary>
public sealed record GeneratorOptions(int Mines, string OutputDirectory, ulong Seed = 1)
{
    public const int MaxMines = 10_000_000;

    public void Validate()
    {
        if (Mines is < 1 or > MaxMines)
        {
            throw new ArgumentOutOfRangeException(nameof(Mines), Mines, $"Generate between 1 and {MaxMines:N0} mines.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(OutputDirectory);
    }
}
