namespace MineralGraph.Seed.Validation;

/// <summary>Where a node was defined, and its label: what endpoints and sources are checked against.</summary>
internal readonly record struct NodeLocation(string Label, string File, int Line);
