namespace MineralGraph.Seed.Generation;

/// <summary>Rows written per label and relationship type, and where.</summary>
public sealed record GenerationSummary(
    string OutputDirectory,
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType);
