namespace MineralGraph.Store.Tests.Contract;

/// <summary>AggregateNodes and AggregateRelationships: counts, minimum, maximum, sum, average and counts by value, with the filters pages take.</summary>
public abstract class AggregateContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly Aggregation[] Stats = Of("atomicNumber", SortTarget.Node, AggregateFunction.Min, AggregateFunction.Max, AggregateFunction.Sum, AggregateFunction.Average);

    [Fact]
    public async Task Nodes_CountAndNumberFigures_OverEveryNodeOfTheLabel()
    {
        var result = await NodesAsync("Element", [], [Aggregation.Count, .. Stats]);

        Assert.Equal(5L, result[Aggregation.Count]);
        Assert.Equal((31L, 66L, 281.0, 56.2), (result[Stats[0]], result[Stats[1]], result[Stats[2]], result[Stats[3]]));
    }

    [Fact]
    public async Task Nodes_WithFilters_AggregateOnlyThoseThatPass()
    {
        var result = await NodesAsync("Element", [new PropertyFilter("isRareEarth", FilterOperator.Equals, true)], [Aggregation.Count, .. Stats]);

        Assert.Equal((3L, 59L, 66L, 185.0), (result[Aggregation.Count], result[Stats[0]], result[Stats[1]], result[Stats[2]]));
        Assert.Equal(61.667, Assert.IsType<double>(result[Stats[3]]), 3);
    }

    [Fact]
    public async Task Nodes_FloatFigures_LeaveOutNodesWithoutTheProperty()
    {
        var latitude = Of("latitude", SortTarget.Node, AggregateFunction.Min, AggregateFunction.Max, AggregateFunction.Sum, AggregateFunction.Average);

        var result = await NodesAsync("Mine", [], [Aggregation.Count, .. latitude]);

        Assert.Equal(4L, result[Aggregation.Count]);
        Assert.Equal((-28.8614, 41.7833), (result[latitude[0]], result[latitude[1]]));
        Assert.Equal(48.3988, Assert.IsType<double>(result[latitude[2]]), 6);
        Assert.Equal(16.132933, Assert.IsType<double>(result[latitude[3]]), 5);
    }

    [Fact]
    public async Task Nodes_DateFigures_AreDates()
    {
        var effective = Of("effective", SortTarget.Node, AggregateFunction.Min, AggregateFunction.Max);

        var result = await NodesAsync("Regulation", [], effective);

        Assert.Equal((new DateOnly(2021, 2, 24), new DateOnly(2025, 4, 4)), (result[effective[0]], result[effective[1]]));
    }

    [Fact]
    public async Task Nodes_CountByValue_MostFirstThenByValue_AbsentLast()
    {
        var category = new Aggregation(AggregateFunction.CountByValue, "category");
        var rareEarth = new Aggregation(AggregateFunction.CountByValue, "isRareEarth");
        var status = new Aggregation(AggregateFunction.CountByValue, "status");

        var elements = await NodesAsync("Element", [], [category, rareEarth]);
        var mines = await NodesAsync("Mine", [], [status]);

        Assert.Equal([new ValueCount("LREE", 2), new ValueCount("HREE", 1), new ValueCount("other", 1), new ValueCount(null, 1)], Groups(elements, category));
        Assert.Equal([new ValueCount(true, 3), new ValueCount(false, 1), new ValueCount(null, 1)], Groups(elements, rareEarth));
        Assert.Equal([new ValueCount("producing", 3), new ValueCount("development", 1)], Groups(mines, status));
    }

    [Fact]
    public async Task Nodes_NoneMatching_CountZeroAndNoValuesOrGroups()
    {
        var kind = new Aggregation(AggregateFunction.CountByValue, "kind");

        var result = await NodesAsync("Regulation", [new AnyFilter([])], [Aggregation.Count, kind, .. Of("effective", SortTarget.Node, AggregateFunction.Min)]);

        Assert.Equal(0L, result[Aggregation.Count]);
        Assert.Empty(Groups(result, kind));
        Assert.Null(result[new Aggregation(AggregateFunction.Min, "effective")]);
    }

    [Fact]
    public async Task Relationships_OneCall_FiguresPerParentIncludingEmptyOnes()
    {
        var year = Of("year", SortTarget.Relationship, AggregateFunction.Min, AggregateFunction.Max);
        var share = Of("sharePct", SortTarget.Relationship, AggregateFunction.Sum, AggregateFunction.Average);
        var tonnes = new Aggregation(AggregateFunction.Average, "tonnes", SortTarget.Relationship);
        var stage = new Aggregation(AggregateFunction.CountByValue, "stage", SortTarget.Relationship);

        var results = await RelationshipsAsync(Query("PRODUCES_SHARE", Direction.Incoming, [Aggregation.Count, .. year, .. share, tonnes, stage], "element:neodymium", "element:dysprosium", "element:missing"));

        Assert.Equal(["element:dysprosium", "element:missing", "element:neodymium"], results.Keys.Order(StringComparer.Ordinal));
        var neodymium = results["element:neodymium"];
        Assert.Equal((4L, 2023L, 2024L), (neodymium[Aggregation.Count], neodymium[year[0]], neodymium[year[1]]));
        Assert.Equal(154.7, Assert.IsType<double>(neodymium[share[0]]), 6);
        Assert.Equal(38.675, Assert.IsType<double>(neodymium[share[1]]), 6);
        Assert.Equal(185000.0, neodymium[tonnes]);
        Assert.Equal([new ValueCount("mining", 4)], Groups(neodymium, stage));
        Assert.Equal((1L, 99.0), (results["element:dysprosium"][Aggregation.Count], results["element:dysprosium"][share[0]]));
        Assert.Equal((0L, null), (results["element:missing"][Aggregation.Count], results["element:missing"][share[0]]));
        Assert.Empty(Groups(results["element:missing"], stage));
    }

    [Fact]
    public async Task Relationships_OtherAndRelationshipFilters_SelectWhatIsAggregated()
    {
        var query = Query("PRODUCES_SHARE", Direction.Incoming, [Aggregation.Count, new Aggregation(AggregateFunction.Sum, "tonnes", SortTarget.Relationship)], "element:neodymium");

        var in2024 = await RelationshipsAsync(query with { RelationshipFilters = [new PropertyFilter("year", FilterOperator.Equals, 2024L)] });
        var china = await RelationshipsAsync(query with { OtherFilters = [new PropertyFilter("iso2", FilterOperator.Equals, "CN")] });

        Assert.Equal((3L, 315000.0), (in2024["element:neodymium"][Aggregation.Count], in2024["element:neodymium"][query.Aggregations[1]]));
        Assert.Equal((2L, 510000.0), (china["element:neodymium"][Aggregation.Count], china["element:neodymium"][query.Aggregations[1]]));
    }

    [Fact]
    public async Task Relationships_FiguresOfTheOtherNodes_AndOfDates()
    {
        var status = new Aggregation(AggregateFunction.CountByValue, "status");
        var since = Of("since", SortTarget.Relationship, AggregateFunction.Min, AggregateFunction.Max);

        var sites = await RelationshipsAsync(Query("LOCATED_IN", Direction.Incoming, [status], "country:us"));
        var operated = await RelationshipsAsync(Query("OPERATES", Direction.Outgoing, [.. since], "company:mp-materials"));

        Assert.Equal([new ValueCount("operating", 2), new ValueCount("producing", 1)], Groups(sites["country:us"], status));
        Assert.Equal((new DateOnly(2017, 7, 17), new DateOnly(2025, 1, 15)), (operated["company:mp-materials"][since[0]], operated["company:mp-materials"][since[1]]));
    }

    [Fact]
    public async Task Relationships_BothDirectionsAndOtherLabels_CountAsPagesDo()
    {
        var partners = await RelationshipsAsync(Query("PARTNERS_WITH", Direction.Both, [Aggregation.Count], "country:us"));
        var facilities = await RelationshipsAsync(Query("LOCATED_IN", Direction.Incoming, [Aggregation.Count], "country:us") with { OtherLabels = ["Facility"] });

        Assert.Equal(2L, partners["country:us"][Aggregation.Count]);
        Assert.Equal(2L, facilities["country:us"][Aggregation.Count]);
    }

    private static IReadOnlyList<ValueCount> Groups(AggregateResult result, Aggregation countByValue) =>
        Assert.IsAssignableFrom<IReadOnlyList<ValueCount>>(result[countByValue]);

    private static Aggregation[] Of(string property, SortTarget target, params AggregateFunction[] functions) =>
        [.. functions.Select(f => new Aggregation(f, property, target))];

    private static RelationshipAggregateQuery Query(string type, Direction direction, Aggregation[] aggregations, params string[] parents) =>
        new(parents, type, direction, null, [], [], aggregations);

    private Task<AggregateResult> NodesAsync(string label, NodeFilter[] filters, Aggregation[] aggregations) =>
        Store.AggregateNodesAsync(new NodeAggregateQuery(label, filters, aggregations), CancellationToken.None);

    private Task<IReadOnlyDictionary<string, AggregateResult>> RelationshipsAsync(RelationshipAggregateQuery query) =>
        Store.AggregateRelationshipsAsync(query, CancellationToken.None);
}
