using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

/// <summary>An item something needs (or that needs it), with the chain of relationships that links them, written from the needing end.</summary>
public sealed record Dependency(NodeRecord Dependent, NodeRecord Item, GraphPath Chain)
{
    /// <summary>The quantity on the last REQUIRES of the chain, when the source gives one.</summary>
    public double? KgPerUnit => Chain.Relationships.LastOrDefault(r => r.Type == "REQUIRES")?["kgPerUnit"] as double?;
}

/// <summary>An item a regulation restricts, with the RESTRICTS relationship (measure, effective, until, sources).</summary>
public sealed record Restriction(NodeRecord Item, RelationshipRecord Relationship);

public sealed record RegulationExposure(
    NodeRecord Regulation,
    bool InForce,
    IReadOnlyList<Restriction> Restricted,
    IReadOnlyList<Dependency> Applications,
    IReadOnlyList<NodeRecord> Sites,
    IReadOnlyList<NodeRecord> Companies,
    IReadOnlyList<NodeRecord> Countries);

public sealed record SupplyExposure(
    NodeRecord Subject,
    IReadOnlyList<NodeRecord> Sites,
    IReadOnlyList<NodeRecord> Supplies,
    IReadOnlyList<Dependency> Applications);

/// <summary>One holder's share of an item's output: a country (from PRODUCES_SHARE) or a company (from site output and stakes).</summary>
public sealed record ShareFigure(NodeRecord Holder, double SharePct, double? Tonnes, IReadOnlyList<string> Sources);

public sealed record Concentration(
    NodeRecord Item,
    string Stage,
    int? Year,
    string? Unit,
    IReadOnlyList<ShareFigure> ByCountry,
    IReadOnlyList<ShareFigure> ByCompany,
    IReadOnlyList<string> Sources)
{
    /// <summary>Why there are no country shares, and where the figures are; null when there are shares.</summary>
    public string? Explanation { get; init; }

    /// <summary>The stages the item has PRODUCES_SHARE figures at.</summary>
    public IReadOnlyList<string> StagesWithFigures { get; init; } = [];

    /// <summary>The years the item has figures for at the stage.</summary>
    public IReadOnlyList<int> YearsWithFigures { get; init; } = [];

    /// <summary>When the item has no figures at the stage: the products containing it, or the elements it contains, that do.</summary>
    public IReadOnlyList<NodeRecord> RelatedWithFigures { get; init; } = [];

    public ShareFigure? Top => ByCountry.Count == 0 ? null : ByCountry[0];

    /// <summary>Herfindahl–Hirschman index over country shares in percent: 0 (atomised) to 10,000 (one country).</summary>
    public double? Hhi => ByCountry.Count == 0 ? null : Math.Round(ByCountry.Sum(s => s.SharePct * s.SharePct), 1);

    public double? ShareOutside(string countryId) =>
        ShareOutside(s => s.Holder.Id == countryId);

    public double? ShareOutside(IReadOnlySet<string> countryIds) =>
        ShareOutside(s => countryIds.Contains(s.Holder.Id));

    private double? ShareOutside(Func<ShareFigure, bool> inside) =>
        ByCountry.Count == 0 ? null : Math.Round(100 - ByCountry.Where(inside).Sum(s => s.SharePct), 2);
}

public sealed record WhatIfItem(Concentration Before, Concentration After, double RemainingSupplyPct);

public sealed record SupplyRisk(NodeRecord Application, NodeRecord Item, double RemainingSupplyPct, GraphPath Chain);

public sealed record WhatIfResult(IReadOnlyList<NodeRecord> Removed, IReadOnlyList<WhatIfItem> Items, IReadOnlyList<SupplyRisk> ApplicationsAtRisk);

/// <summary>The nodes and relationships within some hops of a node (<see cref="Around"/>, the first of <see cref="Nodes"/>).</summary>
public sealed record Subgraph(NodeRecord Around, IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);
