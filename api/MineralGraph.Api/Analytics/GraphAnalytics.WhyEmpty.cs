using System.Globalization;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

public sealed partial class GraphAnalytics
{
    /// <summary>At most this many items are named where a stage's figures are.</summary>
    private const int MaxNamedItems = 10;

    /// <summary>
    /// Says why a concentration has no country shares instead of answering nothing: the item has
    /// only bounds at the stage, or figures at other stages or for other years only, every country
    /// with figures is excluded,
    /// or the figures are kept on the products that contain an element (or on the elements a
    /// product contains), naming them; else which items have figures at the stage. Every result
    /// gets the stages and years the item has figures for. The store is read only for items
    /// without any figure at the stage.
    /// </summary>
    private async Task<List<Concentration>> ExplainEmptyAsync(List<Concentration> concentrations, DateOnly? asOf, StageSupply supply, IReadOnlySet<string> excluding, CancellationToken cancellationToken)
    {
        var described = concentrations.Select(c => c with
        {
            StagesWithFigures = [.. Stages.Where(stage => supply.EveryStage[c.Item.Id].Any(f => f.Relationship["stage"] as string == stage))],
            YearsWithFigures = [.. YearsOf(supply.Shares[c.Item.Id]).Distinct().Order()],
        }).ToList();
        var bare = described.Where(c => c.ByCountry.Count == 0 && c.YearsWithFigures.Count == 0).ToList();
        if (bare.Count == 0 && described.All(c => c.ByCountry.Count > 0))
        {
            return described;
        }

        var stage = described[0].Stage;
        var related = await RelatedWithFiguresAsync([.. bare.Select(c => c.Item)], stage, cancellationToken);
        var others = bare.Any(c => !related.ContainsKey(c.Item.Id)) ? await ItemsWithFiguresAsync(stage, cancellationToken) : [];
        return [.. described.Select(c => c.ByCountry.Count > 0 ? c : c with
        {
            RelatedWithFigures = related.GetValueOrDefault(c.Item.Id) ?? [],
            Explanation = Explain(c, asOf, supply, excluding, related.GetValueOrDefault(c.Item.Id), others),
        })];
    }

    private static string Explain(Concentration empty, DateOnly? asOf, StageSupply supply, IReadOnlySet<string> excluding, IReadOnlyList<NodeRecord>? related, IReadOnlyList<NodeRecord> others)
    {
        var (item, stage) = (Name(empty.Item), ModelEnumGraphType.ValueName(empty.Stage));
        var years = string.Join(", ", empty.YearsWithFigures);
        if (empty.YearsWithFigures.Count > 0)
        {
            return empty.Year switch
            {
                null => $"{item} has no {stage} figures for a year on or before {asOf:yyyy-MM-dd}; it has figures for {years}.",
                { } year when YearsOf(supply.Shares[empty.Item.Id]).Contains(year) =>
                    $"Every country with {stage} figures for {item} in {year} is excluded ({string.Join(", ", supply.Shares[empty.Item.Id].Where(f => excluding.Contains(f.Node.Id)).Select(f => f.Node.Id).Distinct())}).",
                { } year => $"{item} has no {stage} figures for {year}; it has figures for {years}: ask for one of them, or leave year out for the latest.",
            };
        }

        var bounds = supply.EveryStage[empty.Item.Id].Where(f => f.Relationship["stage"] as string == empty.Stage && !IsPointFigure(f.Relationship)).ToList();
        if (bounds.Count > 0)
        {
            return $"{item} has no {stage} shares, only bounds, which cannot be ranked: " +
                string.Join("; ", bounds.Take(MaxNamedItems).Select(b => $"{Name(b.Node)} {b.Relationship["qualifier"]} {b.Relationship["min"] ?? b.Relationship["max"]} in {b.Relationship["year"]}")) + ".";
        }

        var elsewhere = empty.StagesWithFigures.Count == 0 ? "" : $"; it has figures at {string.Join(", ", empty.StagesWithFigures.Select(ModelEnumGraphType.ValueName))}";
        if (related is { Count: > 0 })
        {
            var holds = empty.Item.Label == "Product" ? "which it contains" : $"which contain{(related.Count == 1 ? "s" : "")} it";
            return $"{item} has no {stage} figures{elsewhere}. {stage} figures are kept on {Names(related)}, {holds}: ask concentration(of: \"{related[0].Id}\", stage: {stage}).";
        }

        return others.Count == 0
            ? $"{item} has no {stage} figures{elsewhere}, and no item has any yet."
            : $"{item} has no {stage} figures{elsewhere}. Items with {stage} figures: {Names(others)}.";
    }

    /// <summary>For each element the products containing it, for each product the elements it contains, that have figures at the stage.</summary>
    private async Task<Dictionary<string, IReadOnlyList<NodeRecord>>> RelatedWithFiguresAsync(IReadOnlyList<NodeRecord> items, string stage, CancellationToken cancellationToken)
    {
        var containers = await NeighboursAsync([.. items.Where(i => i.Label == "Element").Select(i => i.Id)], RelationshipTypes.Contains, Direction.Incoming, cancellationToken);
        var contents = await NeighboursAsync([.. items.Where(i => i.Label == "Product").Select(i => i.Id)], RelationshipTypes.Contains, Direction.Outgoing, cancellationToken);
        var links = containers.Where(c => c.Node.Label == "Product").Select(c => (Item: c.Relationship.EndId, Related: c.Node))
            .Concat(contents.Select(c => (Item: c.Relationship.StartId, Related: c.Node)))
            .ToList();
        var withFigures = (await WithFiguresAtAsync([.. links.Select(l => l.Related).DistinctBy(r => r.Id)], stage, cancellationToken)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return links.Where(l => withFigures.Contains(l.Related.Id))
            .GroupBy(l => l.Item, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NodeRecord>)[.. g.Select(l => l.Related).OrderBy(r => r.Name, StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    /// <summary>Every element and product with figures at the stage.</summary>
    private async Task<IReadOnlyList<NodeRecord>> ItemsWithFiguresAsync(string stage, CancellationToken cancellationToken)
    {
        var anyFigure = new RelationshipFilter(RelationshipTypes.ProducesShare, Direction.Incoming, Quantifier.Some, null, []);
        var items = new List<NodeRecord>();
        foreach (var label in new[] { "Element", "Product" })
        {
            items.AddRange((await store.FindNodesAsync(new NodeQuery(label, [anyFigure], SortOrder.ByName, new PageRequest(First: _options.MaxFanOut), IncludeTotalCount: false), cancellationToken)).Items);
        }

        return await WithFiguresAtAsync(items, stage, cancellationToken);
    }

    /// <summary>The items with at least one PRODUCES_SHARE share or tonnage at the stage: one counting call for all.</summary>
    private async Task<IReadOnlyList<NodeRecord>> WithFiguresAtAsync(IReadOnlyList<NodeRecord> items, string stage, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        // Point figures only, as IsPointFigure says: a share or a tonnage, not a bound.
        var pointFigure = new AnyFilter([new PropertyFilter("sharePct", FilterOperator.GreaterThanOrEqual, 0.0), new PropertyFilter("tonnes", FilterOperator.GreaterThanOrEqual, 0.0)]);
        var counts = await store.AggregateRelationshipsAsync(new RelationshipAggregateQuery([.. items.Select(i => i.Id)], RelationshipTypes.ProducesShare, Direction.Incoming, null, [],
            [new PropertyFilter("stage", FilterOperator.Equals, stage), pointFigure], [Aggregation.Count]), cancellationToken);
        return [.. items.Where(i => counts.TryGetValue(i.Id, out var result) && (long)result[Aggregation.Count]! > 0)];
    }

    private static IEnumerable<int> YearsOf(IEnumerable<ConnectedNode> figures) =>
        figures.Select(f => f.Relationship["year"]).OfType<long>().Select(year => (int)year);

    private static string Name(NodeRecord node) => $"{node.Name} ({node.Id})";

    private static string Names(IReadOnlyList<NodeRecord> nodes) =>
        string.Join(", ", nodes.Take(MaxNamedItems).Select(Name))
        + (nodes.Count > MaxNamedItems ? string.Create(CultureInfo.InvariantCulture, $" and {nodes.Count - MaxNamedItems} more") : "");
}
