using System.Globalization;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Sqlite;

/// <summary>
/// What a relationship page costs at a parent degree of 10,000: asserted on the plan, not the
/// clock. For every shape (each order, both directions and BOTH, forward and backward, with
/// cursors, with labels and with a condition on the other node) the read visits a number of index
/// entries and reads a number of rows bounded by the page size, and every statement it runs is a
/// search by key, never a scan of the node or edge table and never a temporary B-tree. Each page
/// is also checked against the same order computed by brute force over all 10,000 relationships.
/// </summary>
public sealed class SqlitePageCostTests(SqlitePageCostTests.HubStore hub) : IClassFixture<SqlitePageCostTests.HubStore>
{
    private const int Degree = 10_000;
    private const int PageSize = 10;

    /// <summary>Binary searches on each bound of each slot walked, plus the page merged from them, with room for constant factors; far below the degree.</summary>
    private const long MaxIndexEntries = 400;

    /// <summary>The page's relationships and nodes (and the candidates a condition checks, in batches), plus the revision.</summary>
    private const long MaxRows = 120;

    private SqliteGraphStore Store => hub.Store;

    private string DatabasePath => hub.DatabasePath;

    public static TheoryData<string> Shapes() => [.. ShapeQueries.Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Page_AtDegree10000_CostsThePageNotTheDegree_ForwardBackwardAndFromCursors(string shape)
    {
        var query = ShapeQueries[shape];
        var expected = await BruteForceAsync(query);

        // The first read of an order other than the tiebreak sorts the slot once; the reads after it are measured.
        var first = await PageAsync(query with { Page = new PageRequest(First: PageSize) });
        var (forward, forwardWork) = await MeasureAsync(query with { Page = new PageRequest(First: PageSize) });
        var (next, nextWork) = await MeasureAsync(query with { Page = new PageRequest(First: PageSize, After: forward.Cursors[^1]) });
        var (last, lastWork) = await MeasureAsync(query with { Page = new PageRequest(Last: PageSize) });
        var (previous, previousWork) = await MeasureAsync(query with { Page = new PageRequest(Last: PageSize, Before: last.Cursors[0]) });

        Assert.Equal(expected.Take(PageSize), Keys(first));
        Assert.Equal(expected.Take(PageSize), Keys(forward));
        Assert.Equal(expected.Skip(PageSize).Take(PageSize), Keys(next));
        Assert.Equal(expected.TakeLast(PageSize), Keys(last));
        Assert.Equal(expected.SkipLast(PageSize).TakeLast(PageSize), Keys(previous));
        foreach (var work in new[] { forwardWork, nextWork, lastWork, previousWork })
        {
            Assert.InRange(work.IndexEntries, 1, MaxIndexEntries);
            Assert.InRange(work.Rows, 1, MaxRows);
            await AssertEveryStatementSearchesByKeyAsync(work.Statements);
        }
    }

    [Fact]
    public async Task CountOnly_AtDegree10000_RunsNoStatementButTheRevision_OnceTheIndexIsLoaded()
    {
        var query = ShapeQueries["incoming by name, labels [Mine]"] with { IncludeItems = false, IncludeTotalCount = true };
        await PageAsync(query);

        var (page, work) = await MeasureAsync(query);

        Assert.Empty(page.Items);
        Assert.Equal(Degree, page.TotalCount);
        Assert.Equal(0, work.Rows);
        Assert.Equal(["SELECT revision FROM graph_revision"], work.Statements);
        Assert.InRange(work.IndexEntries, 0, MaxIndexEntries);
    }

    [Fact]
    public async Task WarmUp_LoadsTheIndex_SoTheFirstPageOfAStoreCostsItsSize()
    {
        await using var fresh = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath }, GraphModel.Default);
        await fresh.WarmUpAsync(CancellationToken.None);
        var work = new ReadWork();
        fresh.Work = work;

        var page = (await fresh.GetRelationshipsAsync(ShapeQueries["incoming by id, labels [Mine]"], CancellationToken.None))["country:hub"];

        Assert.Equal(PageSize, page.Items.Count);
        Assert.InRange(work.Rows, 1, MaxRows);
    }

    private static readonly Dictionary<string, RelationshipQuery> ShapeQueries = new()
    {
        ["incoming by id, labels [Mine]"] = Located(new SortOrder(GraphModel.IdProperty)),
        ["incoming by name, labels [Mine]"] = Located(SortOrder.ByName),
        ["incoming by name descending, labels [Mine]"] = Located(SortOrder.ByName with { Descending = true }),
        ["incoming by the other node's status, labels [Mine]"] = Located(new SortOrder("status")),
        ["incoming by a relationship property (region)"] = Located(new SortOrder("region", Target: SortTarget.Relationship)) with { OtherLabels = null },
        ["incoming by name, condition status = producing"] = Located(SortOrder.ByName) with { OtherFilters = [new PropertyFilter("status", FilterOperator.Equals, "producing")] },
        ["outgoing by id"] = Operates(new SortOrder(GraphModel.IdProperty)),
        ["outgoing by the other node's latitude, descending"] = Operates(new SortOrder("latitude", Descending: true)),
        ["outgoing by a relationship property (stakePct)"] = Operates(new SortOrder("stakePct", Target: SortTarget.Relationship)),
        ["outgoing by name, another type to the same mines (OWNS)"] = Operates(SortOrder.ByName) with { Type = "OWNS" },
        ["outgoing by name (OPERATES, the type beside OWNS)"] = Operates(SortOrder.ByName),
        ["both directions by name"] = Partners(SortOrder.ByName),
        ["both directions by a relationship property (date), descending"] = Partners(new SortOrder("date", Descending: true, Target: SortTarget.Relationship)),
    };

    private static RelationshipQuery Located(SortOrder sort) =>
        new(["country:hub"], "LOCATED_IN", Direction.Incoming, ["Mine"], [], sort, new PageRequest(First: PageSize), false);

    private static RelationshipQuery Operates(SortOrder sort) =>
        new(["company:big"], "OPERATES", Direction.Outgoing, null, [], sort, new PageRequest(First: PageSize), false);

    private static RelationshipQuery Partners(SortOrder sort) =>
        new(["company:big"], "PARTNERS_WITH", Direction.Both, null, [], sort, new PageRequest(First: PageSize), false);

    /// <summary>
    /// A country where 10,000 mines (and 300 facilities) lie, a company that operates the 10,000
    /// mines, and partners with 5,000 companies in each direction; sort values are spread so that
    /// ties and absent values occur.
    /// </summary>
    private static GraphDataset HubGraph()
    {
        var nodes = new List<NodeRecord>
        {
            TestGraph.Node("country:hub", "Country", "Hubland", ("iso2", "HB")),
            TestGraph.Node("company:big", "Company", "Big Mining"),
        };
        var relationships = new List<RelationshipRecord>();
        for (var i = 0; i < Degree; i++)
        {
            var mine = $"mine:m{i.ToString(CultureInfo.InvariantCulture)}";
            var properties = new List<(string, object)> { ("status", (i % 3) switch { 0 => "producing", 1 => "closed", _ => "development" }) };
            if (i % 7 != 0)
            {
                properties.Add(("latitude", (i * 37 % 1800 / 10.0) - 90));
            }

            nodes.Add(TestGraph.Node(mine, "Mine", $"Mine {(i * 7919 % Degree).ToString("D5", CultureInfo.InvariantCulture)}", [.. properties]));
            relationships.Add(i % 5 == 0
                ? TestGraph.Relationship(mine, "LOCATED_IN", "country:hub")
                : TestGraph.Relationship(mine, "LOCATED_IN", "country:hub", ("region", $"Region {i % 40}")));
            relationships.Add(TestGraph.Relationship("company:big", "OPERATES", mine, ("stakePct", (double)(i * 13 % 100))));
            if (i % 3 == 1)
            {
                // Beside OPERATES, from the same company to the same label: each type's pages must keep to their own.
                relationships.Add(TestGraph.Relationship("company:big", "OWNS", mine, ("stakePct", 10.0)));
            }

            var partner = $"company:p{i.ToString(CultureInfo.InvariantCulture)}";
            nodes.Add(TestGraph.Node(partner, "Company", $"Partner {(i * 31 % Degree).ToString("D5", CultureInfo.InvariantCulture)}"));
            relationships.Add(i % 2 == 0
                ? TestGraph.Relationship("company:big", "PARTNERS_WITH", partner, ("date", new DateOnly(2000 + (i % 25), 1 + (i % 12), 1)))
                : TestGraph.Relationship(partner, "PARTNERS_WITH", "company:big", ("date", new DateOnly(2000 + (i % 25), 1 + (i % 12), 1))));
        }

        for (var i = 0; i < 300; i++)
        {
            var facility = $"facility:f{i.ToString(CultureInfo.InvariantCulture)}";
            nodes.Add(TestGraph.Node(facility, "Facility", $"Facility {i.ToString("D3", CultureInfo.InvariantCulture)}"));
            relationships.Add(TestGraph.Relationship(facility, "LOCATED_IN", "country:hub"));
        }

        return new GraphDataset(nodes, relationships);
    }

    /// <summary>Every relationship of the query, ordered by brute force: sort value (absent last), then the other node's id, then the key.</summary>
    private async Task<List<string>> BruteForceAsync(RelationshipQuery query)
    {
        var all = await PageAsync(query with { Page = new PageRequest(First: 100) });
        var items = new List<ConnectedNode>(all.Items);
        while (all.HasNextPage)
        {
            all = await PageAsync(query with { Page = new PageRequest(First: 100, After: all.Cursors[^1]) });
            items.AddRange(all.Items);
        }

        var expected = items.OrderBy(i => SortValue(i, query.Sort), new AbsentLast(query.Sort.Descending)).ThenBy(i => i.Node.Id, StringComparer.Ordinal).ThenBy(i => i.Relationship.Key, StringComparer.Ordinal).ToList();
        if (query.Sort.Descending)
        {
            expected = items.OrderByDescending(i => SortValue(i, query.Sort), new AbsentLast(false)).ThenByDescending(i => i.Node.Id, StringComparer.Ordinal).ThenByDescending(i => i.Relationship.Key, StringComparer.Ordinal).ToList();
        }

        var walked = items.Select(i => i.Relationship.Key).ToList();
        Assert.Equal(expected.Select(i => i.Relationship.Key), walked);
        Assert.Equal(query.OtherFilters.Count == 0 ? ExpectedDegree(query) : Degree / 3 + 1, walked.Count);
        return walked;
    }

    private static int ExpectedDegree(RelationshipQuery query) => query switch
    {
        { Type: "LOCATED_IN", OtherLabels: null } => Degree + 300,
        { Type: "OWNS" } => Degree / 3,
        _ => Degree,
    };

    private static object? SortValue(ConnectedNode item, SortOrder sort) =>
        sort.Target == SortTarget.Relationship ? item.Relationship[sort.Property] : item.Node[sort.Property];

    private async Task<Page<ConnectedNode>> PageAsync(RelationshipQuery query) =>
        (await Store.GetRelationshipsAsync(query, CancellationToken.None))[query.ParentIds[0]];

    private async Task<(Page<ConnectedNode> Page, ReadWork Work)> MeasureAsync(RelationshipQuery query)
    {
        var work = new ReadWork();
        Store.Work = work;
        try
        {
            return (await PageAsync(query), work);
        }
        finally
        {
            Store.Work = null;
        }
    }

    private static List<string> Keys(Page<ConnectedNode> page) => [.. page.Items.Select(i => i.Relationship.Key)];

    /// <summary>Each statement's plan, from SQLite itself: searches only, no scan of a table, no temporary B-tree.</summary>
    private async Task AssertEveryStatementSearchesByKeyAsync(IEnumerable<string> statements)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var parameter in ParameterNames(sql))
            {
                explain.Parameters.AddWithValue(parameter, "[]");
            }

            await using var reader = await explain.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN node", StringComparison.Ordinal) || step.StartsWith("SCAN edge", StringComparison.Ordinal)
                || step.StartsWith("SCAN n", StringComparison.Ordinal) || step.StartsWith("SCAN e", StringComparison.Ordinal) || step.StartsWith("SCAN o", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"@p\d+").Select(m => m.Value).Distinct(StringComparer.Ordinal);

    /// <summary>The hub graph, imported once for every test of the class.</summary>
    public sealed class HubStore() : ImportedSqliteStore(HubGraph());

    /// <summary>Values in SQLite's order (numbers, then text), an absent value after every present one.</summary>
    private sealed class AbsentLast(bool absentFirst) : IComparer<object?>
    {
        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => absentFirst ? -1 : 1,
            (_, null) => absentFirst ? 1 : -1,
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (string, _) => 1,
            (_, string) => -1,
            _ => Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture)),
        };
    }
}
