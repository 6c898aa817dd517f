using MineralGraph.Api.Errors;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

public sealed partial class GraphAnalytics
{
    private static readonly string[] Stages = ["mining", "refining", "magnet"];

    /// <summary>
    /// How concentrated an item's supply is at a stage: country shares from PRODUCES_SHARE for the
    /// year asked (or the latest year, on or before <paramref name="asOf"/>), company shares from
    /// the output of the sites they own (by stake) or run, and the HHI. Holders in
    /// <paramref name="excluding"/> are taken out and the rest rescaled.
    /// </summary>
    /// <param name="byCompany">Whether to work out company shares too: they read every producing site and its owners, so they are skipped when nobody asks.</param>
    public async Task<Concentration> ConcentrationAsync(string itemId, string stage, int? year, DateOnly? asOf, IReadOnlySet<string> excluding, bool byCompany, CancellationToken cancellationToken)
    {
        var item = (await RequireAsync([itemId], cancellationToken))[0];
        var supply = await ReadSupplyAsync([item], stage, byCompany, cancellationToken);
        return (await ExplainEmptyAsync(Concentrate([item], stage, year, asOf, supply, excluding), asOf, supply, excluding, cancellationToken))[0];
    }

    /// <summary>
    /// Removes countries, companies or sites (an embargo, a closure) and recomputes the
    /// concentration of each item; items whose remaining supply falls below
    /// <paramref name="thresholdPct"/> put every application that needs them at risk. An id given
    /// twice in either list is refused with INVALID_ARGUMENT.
    /// </summary>
    public async Task<WhatIfResult> WhatIfAsync(IReadOnlyList<string> removeIds, IReadOnlyList<string>? itemIds, string stage, int? year, DateOnly? asOf, double thresholdPct, int maxHops, CancellationToken cancellationToken)
    {
        CheckHops(maxHops);
        RefuseRepeated(removeIds, "remove");
        RefuseRepeated(itemIds, "items");
        var removed = await RequireAsync(removeIds, cancellationToken);
        var items = itemIds is { Count: > 0 }
            ? await RequireAsync(itemIds, cancellationToken)
            : (await store.FindNodesAsync(new NodeQuery("Element", [new RelationshipFilter(RelationshipTypes.ProducesShare, Direction.Incoming, Quantifier.Some, null, [])], SortOrder.ByName, new PageRequest(First: _options.MaxFanOut), false), cancellationToken)).Items;

        var removedSet = removeIds.ToHashSet(StringComparer.Ordinal);
        var byCompany = removed.Any(r => r.Label is "Company" or "Mine" or "Facility");
        var supply = await ReadSupplyAsync(items, stage, byCompany, cancellationToken);
        var before = await ExplainEmptyAsync(Concentrate(items, stage, year, asOf, supply, new HashSet<string>()), asOf, supply, new HashSet<string>(), cancellationToken);
        var after = await ExplainEmptyAsync(Concentrate(items, stage, year, asOf, supply, removedSet), asOf, supply, removedSet, cancellationToken);
        var results = before.Zip(after, (b, a) => new WhatIfItem(b, a, b.ShareOutside(removedSet) ?? 100)).ToList();

        var short_ = results.Where(r => r.Before.ByCountry.Count > 0 && r.RemainingSupplyPct < thresholdPct).ToDictionary(r => r.Before.Item.Id, r => r.RemainingSupplyPct, StringComparer.Ordinal);
        var dependents = await FindDependentsAsync(short_.Keys.ToList(), maxHops, cancellationToken);
        var risks = dependents.Select(d => new SupplyRisk(d.Dependent, d.Item, short_[d.Item.Id], d.Chain)).ToList();
        return new WhatIfResult(removed, results, risks);
    }

    /// <summary>
    /// Everything the store holds for the items' concentration at a stage, read once: nothing
    /// here depends on what is excluded, so a before-and-after comparison works over one read.
    /// </summary>
    private async Task<StageSupply> ReadSupplyAsync(IReadOnlyList<NodeRecord> items, string stage, bool byCompany, CancellationToken cancellationToken)
    {
        if (!Stages.Contains(stage))
        {
            throw new AnalyticsException(ErrorCodes.InvalidArgument, $"stage must be one of {string.Join(", ", Stages)}; it was '{stage}'.");
        }

        var itemIds = items.Select(i => i.Id).ToList();
        var figures = await NeighboursAsync(itemIds, RelationshipTypes.ProducesShare, Direction.Incoming, cancellationToken);
        var shares = figures.Where(s => s.Relationship["stage"] as string == stage && IsPointFigure(s.Relationship)).ToLookup(s => s.Relationship.EndId, StringComparer.Ordinal);
        var output = byCompany
            ? await SiteOutputAsync(itemIds, stage, cancellationToken)
            : Enumerable.Empty<(string Item, CompanyOutput Output)>().ToLookup(a => a.Item, a => a.Output);
        return new StageSupply(shares, output, figures.ToLookup(s => s.Relationship.EndId, StringComparer.Ordinal));
    }

    private static List<Concentration> Concentrate(IReadOnlyList<NodeRecord> items, string stage, int? year, DateOnly? asOf, StageSupply supply, IReadOnlySet<string> excluding) =>
        items.Select(item => Concentrate(item, stage, ChooseYear(supply.Shares[item.Id], year, asOf), supply.Shares[item.Id], supply.Output[item.Id], excluding)).ToList();

    private static int? ChooseYear(IEnumerable<ConnectedNode> shares, int? year, DateOnly? asOf)
    {
        if (year is not null)
        {
            return year;
        }

        var latest = shares.Select(s => s.Relationship["year"] as long?)
            .Where(y => y is not null && (asOf is null || y <= asOf.Value.Year))
            .Max();
        return latest is null ? null : (int)latest.Value;
    }

    private static Concentration Concentrate(NodeRecord item, string stage, int? year, IEnumerable<ConnectedNode> shares, IEnumerable<CompanyOutput> output, IReadOnlySet<string> excluding)
    {
        var chosen = ChooseOneFigurePerCountry(shares.Where(s => s.Relationship["year"] as long? == year).ToList()).ToList();
        var byCountry = Without(ToShares(chosen.Select(s => (s.Node, s.Relationship["sharePct"] as double? ?? ShareOfWorld(s.Relationship), s.Relationship["tonnes"] as double?, SourcesOf(s.Relationship)))), excluding);
        var byCompany = Without(ToShares(output
            .Where(o => !excluding.Contains(o.Site))
            .GroupBy(o => o.Company.Id)
            .Select(g => (g.First().Company, (double?)null, (double?)g.Sum(o => o.Tonnes), (IReadOnlyList<string>)g.SelectMany(o => o.Sources).Distinct().ToList()))), excluding);
        var unit = chosen.Select(s => s.Relationship["unit"] as string).FirstOrDefault(u => u is not null);
        var sources = byCountry.SelectMany(s => s.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Concentration(item, stage, year, unit, byCountry, byCompany, sources);
    }

    /// <summary>
    /// Where sources disagree on a country, keeps the figure of the source that covers the most
    /// countries that year, so the shares compared come from one survey where possible.
    /// </summary>
    private static IEnumerable<ConnectedNode> ChooseOneFigurePerCountry(IReadOnlyList<ConnectedNode> figures)
    {
        var coverage = figures.SelectMany(f => SourcesOf(f.Relationship)).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return figures.GroupBy(f => f.Node.Id)
            .Select(g => g.OrderByDescending(f => SourcesOf(f.Relationship).Select(s => coverage[s]).DefaultIfEmpty(0).Max()).ThenBy(f => f.Relationship.Key, StringComparer.Ordinal).First());
    }

    /// <summary>A share or tonnage, not a bound or range ("more than 85 %" keeps 85 in min): only a point figure can be summed or ranked.</summary>
    private static bool IsPointFigure(RelationshipRecord figure) => figure["sharePct"] is double || figure["tonnes"] is double;

    private static double? ShareOfWorld(RelationshipRecord figure) =>
        figure["tonnes"] is double tonnes && figure["worldTonnes"] is double world && world > 0 ? tonnes * 100 / world : null;

    /// <summary>
    /// Shares in percent of world output, largest first: as stated (or as tonnes over the source's
    /// world total) when every figure has one, otherwise each holder's tonnes over the total of
    /// the listed holders.
    /// </summary>
    private static List<ShareFigure> ToShares(IEnumerable<(NodeRecord Holder, double? SharePct, double? Tonnes, IReadOnlyList<string> Sources)> figures)
    {
        var list = figures.ToList();
        var stated = list.All(f => f.SharePct is not null);
        var total = list.Sum(f => f.Tonnes ?? 0);
        return list.Select(f => new ShareFigure(f.Holder, Math.Round(stated ? f.SharePct!.Value : total > 0 ? (f.Tonnes ?? 0) * 100 / total : 0, 2), f.Tonnes, f.Sources))
            .OrderByDescending(s => s.SharePct).ThenBy(s => s.Holder.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Takes the removed holders out: what they supplied is gone, so every remaining share grows in proportion.</summary>
    private static List<ShareFigure> Without(List<ShareFigure> shares, IReadOnlySet<string> removed)
    {
        var removedShare = shares.Where(s => removed.Contains(s.Holder.Id)).Sum(s => s.SharePct);
        var scale = removedShare is > 0 and < 100 ? 100 / (100 - removedShare) : 1;
        return shares.Where(s => !removed.Contains(s.Holder.Id))
            .Select(s => s with { SharePct = Math.Round(s.SharePct * scale, 2) })
            .ToList();
    }

    /// <summary>Tonnes per company: each site's latest output of the item at the stage, split by ownership stakes (or all to the operator when no owner is recorded).</summary>
    private async Task<ILookup<string, CompanyOutput>> SiteOutputAsync(IReadOnlyList<string> itemIds, string stage, CancellationToken cancellationToken)
    {
        var siteLabel = stage == "mining" ? "Mine" : "Facility";
        var produced = (await NeighboursAsync(itemIds, RelationshipTypes.Produces, Direction.Incoming, cancellationToken))
            .Where(p => p.Node.Label == siteLabel && p.Relationship["tonnesPerYear"] is double)
            .GroupBy(p => (Site: p.Node.Id, Item: p.Relationship.EndId))
            .Select(g => g.OrderByDescending(p => p.Relationship["year"] as long? ?? 0).First())
            .ToList();
        var siteIds = produced.Select(p => p.Node.Id).Distinct(StringComparer.Ordinal).ToList();
        var owners = (await NeighboursAsync(siteIds, RelationshipTypes.Owns, Direction.Incoming, cancellationToken)).ToLookup(o => o.Relationship.EndId, StringComparer.Ordinal);
        var operators = (await NeighboursAsync(siteIds, RelationshipTypes.Operates, Direction.Incoming, cancellationToken)).ToLookup(o => o.Relationship.EndId, StringComparer.Ordinal);

        var attributed = new List<(string Item, CompanyOutput Output)>();
        foreach (var production in produced)
        {
            var tonnes = (double)production.Relationship["tonnesPerYear"]!;
            var holders = owners[production.Node.Id].Any() ? owners[production.Node.Id] : operators[production.Node.Id];
            foreach (var holder in holders)
            {
                var stake = holder.Relationship["stakePct"] as double? ?? 100 / (double)holders.Count();
                attributed.Add((production.Relationship.EndId, new CompanyOutput(production.Node.Id, holder.Node, tonnes * stake / 100, [.. SourcesOf(production.Relationship), .. SourcesOf(holder.Relationship)])));
            }
        }

        return attributed.ToLookup(a => a.Item, a => a.Output, StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> SourcesOf(RelationshipRecord relationship) =>
        relationship[GraphModel.SourcesProperty] as IReadOnlyList<string> ?? [];

    /// <summary>PRODUCES_SHARE point figures at the stage and company output, each by item id; and every figure of every stage (bounds too), to say where they are when the stage has none.</summary>
    private sealed record StageSupply(ILookup<string, ConnectedNode> Shares, ILookup<string, CompanyOutput> Output, ILookup<string, ConnectedNode> EveryStage);

    /// <summary>A company's part of one site's output; the site is kept so removed sites can be left out after the read.</summary>
    private sealed record CompanyOutput(string Site, NodeRecord Company, double Tonnes, IReadOnlyList<string> Sources);
}
