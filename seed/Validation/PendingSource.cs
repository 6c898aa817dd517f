namespace MineralGraph.Seed.Validation;

/// <summary>A source a node file cites that was not a node yet when the file was read.</summary>
internal readonly record struct PendingSource(string File, int Line, string Column, string SourceId);
