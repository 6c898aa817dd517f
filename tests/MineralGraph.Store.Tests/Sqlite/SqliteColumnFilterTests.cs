using System.Globalization;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>
/// Conditions on a parent's many relationships are tested on the adjacency index's columns, not
/// in SQL: each must pass exactly the nodes SQL passes. The same conditions are asked of a node
/// query (answered in SQL) and of a count over 1,000 relationships to those very nodes (answered
/// on the columns), with absent values, mixed labels, whole-number floats, dates, negations and
/// comparisons across types.
/// </summary>
public sealed class SqliteColumnFilterTests(SqliteColumnFilterTests.SiteStore sites) : IClassFixture<SqliteColumnFilterTests.SiteStore>
{
    private const int Mines = 600;
    private const int Facilities = 400;

    public static TheoryData<string> Conditions() => [.. NodeConditions.Keys];

    [Theory]
    [MemberData(nameof(Conditions))]
    public async Task CountAndPages_OverManyRelationships_PassTheNodesSqlPasses(string condition)
    {
        var filters = NodeConditions[condition];
        var expected = (await AllNodesAsync("Mine", filters)).Concat(await AllNodesAsync("Facility", filters)).Order(StringComparer.Ordinal).ToList();
        var query = new RelationshipQuery(["country:hub"], "LOCATED_IN", Direction.Incoming, null, filters, new SortOrder(GraphModel.IdProperty), new PageRequest(First: 100), true);

        var count = await PageAsync(query with { IncludeItems = false });
        var paged = await AllRelationshipsAsync(query);

        Assert.Equal(expected.Count, count.TotalCount);
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task Count_OnceTheColumnsAreRead_RunsNoStatementButTheRevision()
    {
        var query = new RelationshipQuery(["country:hub"], "LOCATED_IN", Direction.Incoming, null, NodeConditions["latitude > 10 or status = closed"],
            new SortOrder(GraphModel.IdProperty), new PageRequest(First: 10), true) { IncludeItems = false };
        await PageAsync(query);
        var work = new ReadWork();
        sites.Store.Work = work;
        try
        {
            var page = await PageAsync(query);

            Assert.True(page.TotalCount > 0);
            Assert.Equal(["SELECT revision FROM graph_revision"], work.Statements);
        }
        finally
        {
            sites.Store.Work = null;
        }
    }

    [Theory]
    [InlineData(FilterOperator.GreaterThan, 1500.0, 269)]
    [InlineData(FilterOperator.LessThanOrEqual, 100L, 19)]
    [InlineData(FilterOperator.Equals, 30L, 1)]
    public async Task RelationshipConditions_OverManyRelationships_AreTestedOnTheirOwnProperties(FilterOperator comparison, object value, int expected)
    {
        var query = new RelationshipQuery(["element:hub"], "PRODUCES", Direction.Incoming, null, [], new SortOrder(GraphModel.IdProperty), new PageRequest(First: 100), true)
        {
            IncludeItems = false,
            RelationshipFilters = [new PropertyFilter("tonnesPerYear", comparison, value)],
        };

        var page = await PageAsync(query);
        var negated = await PageAsync(query with { RelationshipFilters = [new NotFilter(query.RelationshipFilters[0])] });

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(Mines - Mines / 10 - expected, negated.TotalCount);
    }

    /// <summary>Conditions a column can answer, each beside the traps SQL's comparisons hold.</summary>
    private static readonly Dictionary<string, IReadOnlyList<NodeFilter>> NodeConditions = new()
    {
        ["status = producing"] = [Is("status", FilterOperator.Equals, "producing")],
        ["status in (producing, closed, operating)"] = [Is("status", FilterOperator.In, new object[] { "producing", "closed", "operating" })],
        ["not status = closed (absent passes neither)"] = [new NotFilter(Is("status", FilterOperator.Equals, "closed"))],
        ["latitude > 10"] = [Is("latitude", FilterOperator.GreaterThan, 10.0)],
        ["latitude >= 10 (a long against floats)"] = [Is("latitude", FilterOperator.GreaterThanOrEqual, 10L)],
        ["latitude < -30"] = [Is("latitude", FilterOperator.LessThan, -30.0)],
        ["latitude <= 0"] = [Is("latitude", FilterOperator.LessThanOrEqual, 0)],
        ["latitude > 10 or status = closed"] = [new AnyFilter([Is("latitude", FilterOperator.GreaterThan, 10.0), Is("status", FilterOperator.Equals, "closed")])],
        ["not (latitude > 0 and status = producing)"] = [new NotFilter(new AllFilter([Is("latitude", FilterOperator.GreaterThan, 0.0), Is("status", FilterOperator.Equals, "producing")]))],
        ["not not latitude < 0"] = [new NotFilter(new NotFilter(Is("latitude", FilterOperator.LessThan, 0.0)))],
        ["empty and"] = [new AllFilter([])],
        ["empty or"] = [new AnyFilter([])],
        ["not empty or"] = [new NotFilter(new AnyFilter([]))],
        ["not empty and"] = [new NotFilter(new AllFilter([]))],
        ["id > mine:m3"] = [Is(GraphModel.IdProperty, FilterOperator.GreaterThan, "mine:m3")],
        ["not id in (three)"] = [new NotFilter(Is(GraphModel.IdProperty, FilterOperator.In, new object[] { "mine:m1", "facility:f2", "mine:m599" }))],
        ["name <= Site 300"] = [Is(GraphModel.NameProperty, FilterOperator.LessThanOrEqual, "Site 300")],
        ["capacityTpa >= 1000 (a long against floats, mines have none)"] = [Is("capacityTpa", FilterOperator.GreaterThanOrEqual, 1000L)],
        ["targetYear = 2030"] = [Is("targetYear", FilterOperator.Equals, 2030L)],
        ["commissioned < 2015-01-01"] = [Is("commissioned", FilterOperator.LessThan, new DateOnly(2015, 1, 1))],
        ["not commissioned >= 2015-01-01"] = [new NotFilter(Is("commissioned", FilterOperator.GreaterThanOrEqual, new DateOnly(2015, 1, 1)))],
        ["status = 5 (a number against text)"] = [Is("status", FilterOperator.Equals, 5L)],
        ["latitude < a (numbers sort before text)"] = [Is("latitude", FilterOperator.LessThan, "a")],
        ["latitude > a"] = [Is("latitude", FilterOperator.GreaterThan, "a")],
        ["two conditions"] = [Is("latitude", FilterOperator.GreaterThan, -45.0), new NotFilter(Is("status", FilterOperator.In, new object[] { "closed", "planned" }))],
    };

    private static PropertyFilter Is(string property, FilterOperator comparison, object value) => new(property, comparison, value);

    private async Task<List<string>> AllNodesAsync(string label, IReadOnlyList<NodeFilter> filters)
    {
        var ids = new List<string>();
        var query = new NodeQuery(label, filters, new SortOrder(GraphModel.IdProperty), new PageRequest(First: 100), false);
        var page = await sites.Store.FindNodesAsync(query, CancellationToken.None);
        ids.AddRange(page.Items.Select(n => n.Id));
        while (page.HasNextPage)
        {
            page = await sites.Store.FindNodesAsync(query with { Page = new PageRequest(First: 100, After: page.Cursors[^1]) }, CancellationToken.None);
            ids.AddRange(page.Items.Select(n => n.Id));
        }

        return ids;
    }

    private async Task<List<string>> AllRelationshipsAsync(RelationshipQuery query)
    {
        var page = await PageAsync(query);
        var ids = page.Items.Select(i => i.Node.Id).ToList();
        while (page.HasNextPage)
        {
            page = await PageAsync(query with { Page = new PageRequest(First: 100, After: page.Cursors[^1]) });
            ids.AddRange(page.Items.Select(i => i.Node.Id));
        }

        return ids;
    }

    private async Task<Page<ConnectedNode>> PageAsync(RelationshipQuery query) =>
        (await sites.Store.GetRelationshipsAsync(query, CancellationToken.None))[query.ParentIds[0]];

    /// <summary>
    /// A country where 600 mines and 400 facilities lie, and an element 540 of the mines produce
    /// (each tenth without a figure): statuses, coordinates, capacities, years and dates spread so
    /// that every comparison splits them, with absent values among each.
    /// </summary>
    private static GraphDataset SiteGraph()
    {
        var nodes = new List<NodeRecord>
        {
            TestGraph.Node("country:hub", "Country", "Hubland", ("iso2", "HB")),
            TestGraph.Node("element:hub", "Element", "Hubium", ("symbol", "Hb")),
        };
        var relationships = new List<RelationshipRecord>();
        for (var i = 0; i < Mines; i++)
        {
            var mine = "mine:m" + i.ToString(CultureInfo.InvariantCulture);
            var properties = new List<(string, object)>();
            if (i % 4 != 3)
            {
                properties.Add(("status", (i % 4) switch { 0 => "producing", 1 => "closed", _ => "development" }));
            }

            if (i % 7 != 0)
            {
                properties.Add(("latitude", (i * 37 % 1800 / 10.0) - 90));
                properties.Add(("longitude", (i * 53 % 3600 / 10.0) - 180));
            }

            nodes.Add(TestGraph.Node(mine, "Mine", "Site " + (i * 7 % 1000).ToString("D3", CultureInfo.InvariantCulture), [.. properties]));
            relationships.Add(TestGraph.Relationship(mine, "LOCATED_IN", "country:hub"));
            relationships.Add(i % 10 == 9
                ? TestGraph.Relationship(mine, "PRODUCES", "element:hub")
                : TestGraph.Relationship(mine, "PRODUCES", "element:hub", ("tonnesPerYear", (double)(i * 5))));
        }

        for (var i = 0; i < Facilities; i++)
        {
            var facility = "facility:f" + i.ToString(CultureInfo.InvariantCulture);
            var properties = new List<(string, object)>
            {
                ("status", (i % 3) switch { 0 => "operating", 1 => "planned", _ => "closed" }),
                ("latitude", (i * 41 % 1800 / 10.0) - 90),
            };
            if (i % 5 != 0)
            {
                properties.Add(("capacityTpa", (double)(i * 10)));
                properties.Add(("targetYear", 2020L + (i % 15)));
                properties.Add(("commissioned", new DateOnly(2000 + (i % 25), 1 + (i % 12), 1 + (i % 28))));
            }

            nodes.Add(TestGraph.Node(facility, "Facility", "Site " + (i * 11 % 1000).ToString("D3", CultureInfo.InvariantCulture) + "b", [.. properties]));
            relationships.Add(TestGraph.Relationship(facility, "LOCATED_IN", "country:hub"));
        }

        return new GraphDataset(nodes, relationships);
    }

    /// <summary>The site graph, imported once for every test of the class.</summary>
    public sealed class SiteStore() : ImportedSqliteStore(SiteGraph());
}
