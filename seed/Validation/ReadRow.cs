namespace MineralGraph.Seed.Validation;

/// <summary>A record read from a CSV file, with the line it came from.</summary>
internal readonly record struct ReadRow<TRecord>(TRecord Record, int Line);
