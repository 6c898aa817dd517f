using MineralGraph.Store;

namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// A representative set of port calls: every method, every filter operator, each direction,
/// both paging directions, cursors on null and non-null values, sorts on node and relationship
/// properties. The lint test runs them against a recording executor and checks what they emit.
/// </summary>
public static class PortCalls
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static IEnumerable<(string Name, Func<IGraphStore, Task> Call)> All()
    {
        yield return ("EnsureSchema", s => s.EnsureSchemaAsync(None));
        yield return ("GetStatistics", s => s.GetStatisticsAsync(None));
        yield return ("GetNodes", s => s.GetNodesAsync(["element:nd", "company:lynas"], None));

        foreach (var (name, filter) in PropertyFilters())
        {
            yield return ($"FindNodes filter {name}", s => s.FindNodesAsync(new NodeQuery("Element", [filter], SortOrder.ByName, new PageRequest(First: 10), false), None));
        }

        yield return ("FindNodes relationship filter some, nested", s => s.FindNodesAsync(new NodeQuery("Company", [
            new RelationshipFilter("OPERATES", Direction.Outgoing, Quantifier.Some, ["Mine"], [
                new PropertyFilter("status", FilterOperator.Equals, "producing"),
                new RelationshipFilter("LOCATED_IN", Direction.Outgoing, Quantifier.Some, ["Country"], [new PropertyFilter("iso2", FilterOperator.In, new object[] { "AU", "US" })]),
            ]),
        ], SortOrder.ByName, new PageRequest(First: 10), true), None));
        yield return ("FindNodes relationship filter none, incoming", s => s.FindNodesAsync(new NodeQuery("Element", [
            new RelationshipFilter("RESTRICTS", Direction.Incoming, Quantifier.None, null, []),
        ], SortOrder.ByName, new PageRequest(First: 10), false), None));
        yield return ("FindNodes relationship filter both", s => s.FindNodesAsync(new NodeQuery("Country", [
            new RelationshipFilter("PARTNERS_WITH", Direction.Both, Quantifier.Some, ["Country"], [new PropertyFilter("region", FilterOperator.Equals, "Asia")]),
        ], SortOrder.ByName, new PageRequest(First: 10), false), None));

        yield return ("FindNodes and, or, not, nested in a relationship filter", s => s.FindNodesAsync(new NodeQuery("Company", [
            new AnyFilter([
                new NotFilter(new PropertyFilter("ticker", FilterOperator.StartsWith, "SSE:")),
                new AllFilter([new PropertyFilter("kind", FilterOperator.Equals, "state-owned"), new NotFilter(new AnyFilter([]))]),
                new RelationshipFilter("OWNS", Direction.Outgoing, Quantifier.Some, ["Mine"], [
                    new NotFilter(new AllFilter([new PropertyFilter("status", FilterOperator.In, new object[] { "closed" }), new PropertyFilter("latitude", FilterOperator.LessThan, 0.0)])),
                ]),
            ]),
            new NotFilter(new RelationshipFilter("HEADQUARTERED_IN", Direction.Outgoing, Quantifier.None, null, [new AllFilter([])])),
        ], SortOrder.ByName, new PageRequest(First: 10), true), None));

        foreach (var (name, page) in Pages())
        {
            yield return ($"FindNodes sort atomicNumber {name}", s => s.FindNodesAsync(new NodeQuery("Element", [], new SortOrder("atomicNumber"), page, true), None));
            yield return ($"FindNodes sort effective desc {name}", s => s.FindNodesAsync(new NodeQuery("Regulation", [], new SortOrder("effective", Descending: true), page, false), None));
        }

        yield return ("FindNodes sort by id", s => s.FindNodesAsync(new NodeQuery("Country", [], new SortOrder("id"), new PageRequest(First: 5, After: new Cursor("country:au", "country:au")), false), None));

        foreach (var direction in Enum.GetValues<Direction>())
        {
            foreach (var (name, page) in Pages())
            {
                yield return ($"GetRelationships {direction} node sort {name}", s => s.GetRelationshipsAsync(new RelationshipQuery(
                    ["country:cn", "country:au"], "PRODUCES_SHARE", direction, null, [], SortOrder.ByName, page, true), None));
            }
        }

        yield return ("GetRelationships relationship sort desc, other labels and filters", s => s.GetRelationshipsAsync(new RelationshipQuery(
            ["element:nd"], "PRODUCES_SHARE", Direction.Incoming, ["Country"], [new PropertyFilter("region", FilterOperator.StartsWith, "As")],
            new SortOrder("year", Descending: true, Target: SortTarget.Relationship), new PageRequest(First: 3, After: new Cursor(2024L, "country:cn|PRODUCES_SHARE|element:nd", "country:cn")), false), None));
        yield return ("GetRelationships other node's property, backward before a cursor", s => s.GetRelationshipsAsync(new RelationshipQuery(
            ["country:us"], "LOCATED_IN", Direction.Incoming, ["Mine"], [], new SortOrder("status"),
            new PageRequest(Last: 5, Before: new Cursor("producing", "mine:mountain-pass|LOCATED_IN|country:us", "mine:mountain-pass")), false), None));
        yield return ("GetRelationships count only", s => s.GetRelationshipsAsync(new RelationshipQuery(
            ["company:lynas", "company:mp-materials"], "OPERATES", Direction.Outgoing, ["Mine"], [], SortOrder.ByName, new PageRequest(First: 20), true) { IncludeItems = false }, None));
        yield return ("GetRelationships relationship filters beside other filters", s => s.GetRelationshipsAsync(new RelationshipQuery(
            ["element:nd"], "PRODUCES_SHARE", Direction.Incoming, ["Country"], [new PropertyFilter("region", FilterOperator.StartsWith, "As")],
            SortOrder.ByName, new PageRequest(First: 3), true)
        {
            RelationshipFilters = [new PropertyFilter("year", FilterOperator.GreaterThanOrEqual, 2020L), new NotFilter(new PropertyFilter("stage", FilterOperator.Equals, "magnet"))],
        }, None));
        yield return ("GetRelationships both, mixed labels", s => s.GetRelationshipsAsync(new RelationshipQuery(
            ["company:lynas"], "SUPPLIES", Direction.Both, null, [], new SortOrder("since", Target: SortTarget.Relationship), new PageRequest(Last: 2), false), None));

        Aggregation[] everyFigure =
        [
            Aggregation.Count, new(AggregateFunction.Min, "latitude"), new(AggregateFunction.Max, "latitude"), new(AggregateFunction.Sum, "latitude"),
            new(AggregateFunction.Average, "latitude"), new(AggregateFunction.CountByValue, "status"), new(AggregateFunction.CountByValue, "locationPrecision"),
        ];
        yield return ("AggregateNodes every figure, filtered", s => s.AggregateNodesAsync(new NodeAggregateQuery("Mine",
            [new NotFilter(new PropertyFilter("status", FilterOperator.Equals, "closed"))], everyFigure), None));
        yield return ("AggregateNodes counts by value only", s => s.AggregateNodesAsync(new NodeAggregateQuery("Regulation", [], [new(AggregateFunction.CountByValue, "kind")]), None));
        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return ($"AggregateRelationships {direction}", s => s.AggregateRelationshipsAsync(new RelationshipAggregateQuery(
                ["country:cn", "country:au"], "PRODUCES_SHARE", direction, null, [new PropertyFilter("region", FilterOperator.StartsWith, "As")],
                [new PropertyFilter("year", FilterOperator.GreaterThanOrEqual, 2020L)],
                [Aggregation.Count, new(AggregateFunction.Max, "year", SortTarget.Relationship), new(AggregateFunction.Sum, "tonnes", SortTarget.Relationship),
                    new(AggregateFunction.CountByValue, "stage", SortTarget.Relationship), new(AggregateFunction.CountByValue, "region")]), None));
        }

        yield return ("Search", s => s.SearchAsync(new SearchQuery("Mountain Pass", null, 10), None));
        yield return ("Search with labels", s => s.SearchAsync(new SearchQuery("\"Lynas\" OR *", ["Company", "Facility"], 5), None));

        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return ($"Expand {direction} typed", s => s.ExpandAsync(new ExpandQuery(["application:electric-vehicle"], ["DEPENDS_ON", "REQUIRES"], direction, 3, 1000), None));
            yield return ($"FindShortestPaths {direction} typed", s => s.FindShortestPathsAsync(new PathQuery("company:lynas", "element:nd", ["OPERATES", "PRODUCES"], direction, 4, 3, 1000), None));
        }

        yield return ("Expand every type", s => s.ExpandAsync(new ExpandQuery(["country:cn", "country:us"], [], Direction.Both, 2, 500), None));
        yield return ("FindShortestPaths every type", s => s.FindShortestPathsAsync(new PathQuery("company:lynas", "country:cn", [], Direction.Both, 6, 5, 1000), None));

        yield return ("Import", s => s.ImportAsync(SampleDataset(), None));

        yield return ("GetRevision", async s => await s.GetRevisionAsync(None));
        yield return ("ReadChanges", s => s.ReadChangesAsync(1_751_932_800_000_001L, 100, None));
        yield return ("Write every change", s => s.WriteAsync(EveryChange(), None));
        yield return ("Write refused: key taken", s => RefusedAsync(s, new CreateRelationship(
            new RelationshipRecord("taken", "OPERATES", "company:lynas", "mine:mount-weld", new Dictionary<string, object?>()))));
        yield return ("Write refused: end missing", s => RefusedAsync(s, new CreateRelationship(
            new RelationshipRecord("company:lynas|OPERATES|mine:missing", "OPERATES", "company:lynas", "mine:missing", new Dictionary<string, object?>()))));
    }

    /// <summary>One write with a change of each kind, answered by <see cref="ScriptedWrites"/> as a server where all succeed.</summary>
    public static GraphWrite EveryChange() => new([
        new CreateNode(new NodeRecord("company:iluka", "Company", new Dictionary<string, object?> { ["name"] = "Iluka", ["aliases"] = new[] { "Iluka Resources" } })),
        new UpdateNode("x' }) DETACH DELETE n //", new Dictionary<string, object?> { ["ticker"] = "ASX:ILU", ["kind"] = null }, ["aliases"]),
        new DeleteNode("source:linked", Detach: true),
        new CreateRelationship(new RelationshipRecord("company:iluka|OPERATES|mine:eneabba", "OPERATES", "company:iluka", "mine:eneabba",
            new Dictionary<string, object?> { ["stakePct"] = 100.0 })),
        new UpdateRelationship("company:lynas|OPERATES|mine:mount-weld", new Dictionary<string, object?> { ["stakePct"] = 90.0 }, ["since"]),
        new DeleteRelationship("company:lynas|OPERATES|facility:lynas-malaysia"),
    ]);

    private static async Task RefusedAsync(IGraphStore store, GraphChange change) =>
        await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([change]), None));

    private static IEnumerable<(string Name, NodeFilter Filter)> PropertyFilters() =>
    [
        ("equals string", new PropertyFilter("symbol", FilterOperator.Equals, "Nd")),
        ("equals int", new PropertyFilter("atomicNumber", FilterOperator.Equals, 60L)),
        ("equals bool", new PropertyFilter("isRareEarth", FilterOperator.Equals, true)),
        ("in", new PropertyFilter("category", FilterOperator.In, new object[] { "LREE", "HREE" })),
        ("contains", new PropertyFilter("name", FilterOperator.Contains, "dym")),
        ("startsWith", new PropertyFilter("name", FilterOperator.StartsWith, "neo")),
        ("greaterThan", new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 57L)),
        ("greaterThanOrEqual", new PropertyFilter("atomicNumber", FilterOperator.GreaterThanOrEqual, 57L)),
        ("lessThan", new PropertyFilter("atomicNumber", FilterOperator.LessThan, 72L)),
        ("lessThanOrEqual", new PropertyFilter("atomicNumber", FilterOperator.LessThanOrEqual, 72L)),
        ("includes", new PropertyFilter("aliases", FilterOperator.Includes, "Nd")),
        ("id in", new PropertyFilter("id", FilterOperator.In, new object[] { "element:nd" })),
        ("injection-shaped value", new PropertyFilter("name", FilterOperator.Equals, "x' }) DETACH DELETE n //")),
    ];

    private static IEnumerable<(string Name, PageRequest Page)> Pages() =>
    [
        ("first", new PageRequest(First: 10)),
        ("after value", new PageRequest(First: 10, After: new Cursor(60L, "element:nd"))),
        ("after null", new PageRequest(First: 10, After: new Cursor(null, "element:x"))),
        ("last before value", new PageRequest(Last: 10, Before: new Cursor(60L, "element:nd"))),
        ("last before null", new PageRequest(Last: 10, Before: new Cursor(null, "element:x"))),
        ("between", new PageRequest(First: 10, After: new Cursor(57L, "element:la"), Before: new Cursor(71L, "element:lu"))),
    ];

    public static GraphDataset SampleDataset() => new(
        [
            new NodeRecord("element:nd", "Element", new Dictionary<string, object?>
            {
                ["name"] = "Neodymium", ["symbol"] = "Nd", ["atomicNumber"] = 60L, ["isRareEarth"] = true, ["aliases"] = new[] { "Nd" },
            }),
            new NodeRecord("country:cn", "Country", new Dictionary<string, object?> { ["name"] = "China", ["iso2"] = "CN" }),
            new NodeRecord("regulation:x", "Regulation", new Dictionary<string, object?> { ["name"] = "X", ["effective"] = new DateOnly(2025, 4, 4), ["code"] = null }),
        ],
        [
            new RelationshipRecord("country:cn|PRODUCES_SHARE|element:nd", "PRODUCES_SHARE", "country:cn", "element:nd",
                new Dictionary<string, object?> { ["year"] = 2024L, ["sharePct"] = 69.0, ["stage"] = "mining" }),
            new RelationshipRecord("regulation:x|RESTRICTS|element:nd", "RESTRICTS", "regulation:x", "element:nd",
                new Dictionary<string, object?> { ["measure"] = "licence" }),
        ]);
}
