namespace MineralGraph.Seed.Validation;

/// <summary>A source a node file cites (at a line and column of that file) that was not a node yet when the file was read.</summary>
internal readonly record struct PendingSource(int Line, string Column, string SourceId);
