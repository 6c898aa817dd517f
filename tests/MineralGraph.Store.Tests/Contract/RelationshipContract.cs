using static MineralGraph.Store.Tests.Contract.TestGraph;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>GetRelationships: one batched call, a keyset page per parent, sorted on either end.</summary>
public abstract class RelationshipContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly string CnNeodymium2023 = Key("country:cn", "PRODUCES_SHARE", "element:neodymium");
    private static readonly string CnNeodymium2024 = Key("country:cn", "PRODUCES_SHARE", "element:neodymium", 2);
    private static readonly string UsNeodymium = Key("country:us", "PRODUCES_SHARE", "element:neodymium");
    private static readonly string AuNeodymium = Key("country:au", "PRODUCES_SHARE", "element:neodymium");

    [Fact]
    public async Task ManyParents_OneCall_ReturnsAPagePerParentIncludingEmptyOnes()
    {
        var pages = await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:us", "country:au", "company:lynas", "country:missing"));

        Assert.Equal(["company:lynas", "country:au", "country:missing", "country:us"], pages.Keys.Order(StringComparer.Ordinal));
        AssertPage(pages["country:us"], ["facility:independence", "mine:mountain-pass", "facility:mountain-pass-separation"], hasPrevious: false, hasNext: false, total: 3);
        AssertPage(pages["country:au"], ["mine:mount-weld"], hasPrevious: false, hasNext: false, total: 1);
        AssertPage(pages["company:lynas"], [], hasPrevious: false, hasNext: false, total: 0);
        AssertPage(pages["country:missing"], [], hasPrevious: false, hasNext: false, total: 0);
    }

    [Fact]
    public async Task Outgoing_ReturnsRelationshipsStartingAtTheParent()
    {
        var page = (await GetAsync(Query("OPERATES", Direction.Outgoing, "company:mp-materials")))["company:mp-materials"];

        Assert.Equal(["facility:independence", "mine:mountain-pass", "facility:mountain-pass-separation"], OtherIds(page));
        Assert.All(page.Items, item => Assert.Equal(("company:mp-materials", "OPERATES", item.Node.Id), (item.Relationship.StartId, item.Relationship.Type, item.Relationship.EndId)));
    }

    [Fact]
    public async Task Incoming_ReturnsRelationshipsEndingAtTheParentWithTheirProperties()
    {
        var item = Assert.Single((await GetAsync(Query("OPERATES", Direction.Incoming, "mine:mountain-pass")))["mine:mountain-pass"].Items);

        Assert.Equal("company:mp-materials", item.Node.Id);
        Assert.Equal("MP Materials", item.Node.Name);
        Assert.Equal(Key("company:mp-materials", "OPERATES", "mine:mountain-pass"), item.Relationship.Key);
        Assert.Equal(("company:mp-materials", "mine:mountain-pass"), (item.Relationship.StartId, item.Relationship.EndId));
        Assert.Equal(100.0, Assert.IsType<double>(item.Relationship["stakePct"]));
        Assert.Equal(new DateOnly(2017, 7, 17), Assert.IsType<DateOnly>(item.Relationship["since"]));
    }

    [Fact]
    public async Task Both_ReturnsRelationshipsAtEitherEnd()
    {
        var pages = await GetAsync(Query("PARTNERS_WITH", Direction.Both, "country:us") with { Sort = new SortOrder("id") });
        var motor = (await GetAsync(Query("DEPENDS_ON", Direction.Both, "application:traction-motor")))["application:traction-motor"];

        Assert.Equal([Key("country:au", "PARTNERS_WITH", "country:us"), Key("country:us", "PARTNERS_WITH", "country:au")], RelationshipKeys(pages["country:us"]));
        Assert.Equal(["country:au", "country:au"], OtherIds(pages["country:us"]));
        Assert.Equal(["application:ev", "application:rotor-assembly"], OtherIds(motor));
    }

    [Fact]
    public async Task OtherLabelsAndOtherFilters_RestrictTheOtherEnd()
    {
        var facilities = await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:us") with { OtherLabels = ["Facility"] });
        var operating = await GetAsync(Query("OPERATES", Direction.Outgoing, "company:mp-materials") with
        {
            OtherFilters = [new PropertyFilter("status", FilterOperator.Equals, "operating")],
        });
        var required = await GetAsync(Query("CONTAINS", Direction.Incoming, "element:neodymium") with
        {
            OtherFilters = [new RelationshipFilter("REQUIRES", Direction.Incoming, Quantifier.Some, null, [])],
        });

        AssertPage(facilities["country:us"], ["facility:independence", "facility:mountain-pass-separation"], hasPrevious: false, hasNext: false, total: 2);
        AssertPage(operating["company:mp-materials"], ["facility:independence", "facility:mountain-pass-separation"], hasPrevious: false, hasNext: false, total: 2);
        AssertPage(required["element:neodymium"], ["product:ndfeb-magnet"], hasPrevious: false, hasNext: false, total: 1);
    }

    [Fact]
    public async Task RelationshipFilters_KeepRelationshipsWhosePropertiesPass()
    {
        var in2024 = await GetAsync(Query("PRODUCES_SHARE", Direction.Incoming, "element:neodymium", "element:dysprosium") with
        {
            RelationshipFilters = [new PropertyFilter("year", FilterOperator.Equals, 2024L), new PropertyFilter("stage", FilterOperator.Equals, "mining")],
            Sort = new SortOrder("sharePct", Descending: true, SortTarget.Relationship),
        });
        var smallOrUnweighed = await GetAsync(Query("PRODUCES_SHARE", Direction.Incoming, "element:neodymium") with
        {
            RelationshipFilters = [new AnyFilter([new PropertyFilter("sharePct", FilterOperator.LessThan, 10.0), new NotFilter(new PropertyFilter("tonnes", FilterOperator.GreaterThan, 100000.0))])],
            Sort = new SortOrder("sharePct", Target: SortTarget.Relationship),
        });

        Assert.Equal([CnNeodymium2024, UsNeodymium, AuNeodymium], RelationshipKeys(in2024["element:neodymium"]));
        Assert.Equal(3, in2024["element:neodymium"].TotalCount);
        AssertPage(in2024["element:dysprosium"], [], hasPrevious: false, hasNext: false, total: 0);
        Assert.Equal([AuNeodymium, UsNeodymium], RelationshipKeys(smallOrUnweighed["element:neodymium"]));
    }

    [Fact]
    public async Task RelationshipFilters_WithOtherFiltersAndNameOrder_ApplyBoth()
    {
        var pages = await GetAsync(Query("OPERATES", Direction.Outgoing, "company:mp-materials", "company:lynas") with
        {
            RelationshipFilters = [new PropertyFilter("since", FilterOperator.LessThan, new DateOnly(2020, 1, 1))],
            OtherFilters = [new PropertyFilter("status", FilterOperator.Equals, "operating")],
        });

        AssertPage(pages["company:mp-materials"], ["facility:mountain-pass-separation"], hasPrevious: false, hasNext: false, total: 1);
        AssertPage(pages["company:lynas"], ["facility:lynas-malaysia"], hasPrevious: false, hasNext: false, total: 1);
    }

    [Fact]
    public async Task RelationshipFilters_WalkingRelationships_AreRefused()
    {
        var query = Query("OPERATES", Direction.Outgoing, "company:lynas") with
        {
            RelationshipFilters = [new NotFilter(new RelationshipFilter("LOCATED_IN", Direction.Outgoing, Quantifier.Some, null, []))],
        };

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => GetAsync(query));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
    }

    [Fact]
    public async Task SortOnNodeProperty_OrdersByTheOtherNode()
    {
        var query = Query("CONTAINS", Direction.Incoming, "element:neodymium");
        string[] byName = ["mineral:bastnasite", "mineral:monazite", "product:ndpr-oxide", "product:ndfeb-magnet"];

        Assert.Equal(byName, OtherIds((await GetAsync(query))["element:neodymium"]));
        Assert.Equal(byName.Reverse(), OtherIds((await GetAsync(query with { Sort = new SortOrder("name", Descending: true) }))["element:neodymium"]));
    }

    [Theory]
    [InlineData("year", false, new[] { "cn", "au", "cn2", "us" })]
    [InlineData("year", true, new[] { "us", "cn2", "au", "cn" })]
    [InlineData("sharePct", true, new[] { "cn2", "cn", "us", "au" })]
    [InlineData("tonnes", false, new[] { "us", "cn", "cn2", "au" })]
    [InlineData("tonnes", true, new[] { "au", "cn2", "cn", "us" })]
    public async Task SortOnRelationshipProperty_OrdersByItWithNullsAndKeyTiebreak(string property, bool descending, string[] expected)
    {
        var query = Query("PRODUCES_SHARE", Direction.Incoming, "element:neodymium") with { Sort = new SortOrder(property, descending, SortTarget.Relationship) };

        Assert.Equal(expected.Select(ShareKey), RelationshipKeys((await GetAsync(query))["element:neodymium"]));
    }

    [Fact]
    public async Task SortOnRelationshipDate_GivesCursorsWithDates()
    {
        var query = Query("OPERATES", Direction.Outgoing, "company:mp-materials") with { Sort = new SortOrder("since", Descending: true, SortTarget.Relationship) };

        var page = (await GetAsync(query))["company:mp-materials"];

        Assert.Equal(
            [
                new Cursor(new DateOnly(2025, 1, 15), Key("company:mp-materials", "OPERATES", "facility:independence"), "facility:independence"),
                new Cursor(new DateOnly(2017, 7, 17), Key("company:mp-materials", "OPERATES", "mine:mountain-pass"), "mine:mountain-pass"),
                new Cursor(new DateOnly(2017, 7, 17), Key("company:mp-materials", "OPERATES", "facility:mountain-pass-separation"), "facility:mountain-pass-separation"),
            ],
            page.Cursors);
    }

    [Fact]
    public async Task SamePairTwice_ReturnsBothRelationshipsWithTheirOwnProperties()
    {
        var page = (await GetAsync(Query("PRODUCES_SHARE", Direction.Outgoing, "country:cn")))["country:cn"];

        Assert.Equal([Key("country:cn", "PRODUCES_SHARE", "element:dysprosium"), CnNeodymium2023, CnNeodymium2024], RelationshipKeys(page));
        Assert.Equal(["element:dysprosium", "element:neodymium", "element:neodymium"], OtherIds(page));
        var (share2023, share2024) = (page.Items[1].Relationship, page.Items[2].Relationship);
        Assert.Equal((2023L, 68.6, 240000.0), (share2023["year"], share2023["sharePct"], share2023["tonnes"]));
        Assert.Equal((2024L, 69.2, 270000.0), (share2024["year"], share2024["sharePct"], share2024["tonnes"]));
        Assert.Equal(["source:usgs-mcs-2025", "source:iea-outlook-2024"], Assert.IsAssignableFrom<IReadOnlyList<string>>(share2024["sources"]));
        Assert.Equal(99.0, Assert.IsType<double>(page.Items[0].Relationship["sharePct"]));
    }

    [Fact]
    public async Task FirstAfter_PagesEachParentSeparately()
    {
        var query = Query("LOCATED_IN", Direction.Incoming, "country:us", "country:au") with { Page = new PageRequest(First: 2) };
        var first = await GetAsync(query);

        var next = await GetAsync(query with { Page = new PageRequest(First: 2, After: first["country:us"].Cursors[^1]) });

        AssertPage(first["country:us"], ["facility:independence", "mine:mountain-pass"], hasPrevious: false, hasNext: true, total: 3);
        Assert.Equal(
            [new Cursor("Independence", Key("facility:independence", "LOCATED_IN", "country:us"), "facility:independence"), new Cursor("Mountain Pass", Key("mine:mountain-pass", "LOCATED_IN", "country:us"), "mine:mountain-pass")],
            first["country:us"].Cursors);
        AssertPage(first["country:au"], ["mine:mount-weld"], hasPrevious: false, hasNext: false, total: 1);
        AssertPage(next["country:us"], ["facility:mountain-pass-separation"], hasPrevious: true, hasNext: false, total: 3);
        AssertPage(next["country:au"], [], hasPrevious: true, hasNext: false, total: 1);
    }

    [Fact]
    public async Task Last_ReturnsTheLastItemsOfEachParent()
    {
        var pages = await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:us", "country:au") with { Page = new PageRequest(Last: 1) });

        AssertPage(pages["country:us"], ["facility:mountain-pass-separation"], hasPrevious: true, hasNext: false, total: 3);
        AssertPage(pages["country:au"], ["mine:mount-weld"], hasPrevious: false, hasNext: false, total: 1);
    }

    [Fact]
    public async Task PageWalk_OnRelationshipSortWithNulls_VisitsEveryRelationshipOnceInOrder()
    {
        var query = Query("PRODUCES_SHARE", Direction.Incoming, "element:neodymium") with { Sort = new SortOrder("tonnes", Descending: true, SortTarget.Relationship) };
        var keys = new List<string>();
        var cursors = new List<Cursor>();
        Cursor? after = null;
        for (var pages = 0; pages < 10 && (pages == 0 || after is not null); pages++)
        {
            var page = (await GetAsync(query with { Page = new PageRequest(First: 1, After: after) }))["element:neodymium"];
            keys.AddRange(RelationshipKeys(page));
            cursors.AddRange(page.Cursors);
            after = page.HasNextPage ? page.Cursors[^1] : null;
        }

        Assert.Equal([AuNeodymium, CnNeodymium2024, CnNeodymium2023, UsNeodymium], keys);
        Assert.Equal([new Cursor(null, AuNeodymium, "country:au"), new Cursor(270000.0, CnNeodymium2024, "country:cn"), new Cursor(240000.0, CnNeodymium2023, "country:cn"), new Cursor(45000.0, UsNeodymium, "country:us")], cursors);
    }

    [Fact]
    public async Task PageWalk_Backward_VisitsEveryRelationshipOnceInOrder()
    {
        var query = Query("PRODUCES_SHARE", Direction.Incoming, "element:neodymium") with { Sort = new SortOrder("year", Target: SortTarget.Relationship) };
        var keys = new List<string>();
        Cursor? before = null;
        for (var pages = 0; pages < 10 && (pages == 0 || before is not null); pages++)
        {
            var page = (await GetAsync(query with { Page = new PageRequest(Last: 3, Before: before) }))["element:neodymium"];
            keys.InsertRange(0, RelationshipKeys(page));
            before = page.HasPreviousPage ? page.Cursors[0] : null;
        }

        Assert.Equal([CnNeodymium2023, AuNeodymium, CnNeodymium2024, UsNeodymium], keys);
    }

    [Fact]
    public async Task FirstBefore_NothingBeforeTheCursor_ReturnsEmptyPagesWithoutNextPage()
    {
        var before = new Cursor("Independence", Key("facility:independence", "LOCATED_IN", "country:us"), "facility:independence");

        var pages = await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:us", "country:au") with { Page = new PageRequest(First: 2, Before: before) });
        var nodes = await FindAsync("Element", SortOrder.ByName, new PageRequest(First: 2, Before: new Cursor("Dysprosium", "element:dysprosium")));

        AssertPage(pages["country:us"], [], hasPrevious: false, hasNext: false, total: 3);
        AssertPage(pages["country:au"], [], hasPrevious: false, hasNext: false, total: 1);
        Assert.Equal((0, false, false), (nodes.Items.Count, nodes.HasPreviousPage, nodes.HasNextPage));
    }

    [Fact]
    public async Task RepeatedParentId_ReturnsEachRelationshipOnce()
    {
        var pages = await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:au", "country:au"));

        AssertPage(Assert.Single(pages).Value, ["mine:mount-weld"], hasPrevious: false, hasNext: false, total: 1);
    }

    [Fact]
    public async Task NoParents_ReturnsEmpty()
    {
        Assert.Empty(await GetAsync(Query("LOCATED_IN", Direction.Incoming)));
    }

    [Fact]
    public async Task TotalCount_NotRequested_IsNull()
    {
        var page = (await GetAsync(Query("LOCATED_IN", Direction.Incoming, "country:us") with { IncludeTotalCount = false }))["country:us"];

        Assert.Null(page.TotalCount);
        Assert.Equal(3, page.Items.Count);
    }

    private static RelationshipQuery Query(string type, Direction direction, params string[] parents) =>
        new(parents, type, direction, null, [], SortOrder.ByName, new PageRequest(First: 10), IncludeTotalCount: true);

    private Task<IReadOnlyDictionary<string, Page<ConnectedNode>>> GetAsync(RelationshipQuery query) => Store.GetRelationshipsAsync(query, CancellationToken.None);

    private static string ShareKey(string name) => name switch
    {
        "cn" => CnNeodymium2023,
        "cn2" => CnNeodymium2024,
        "us" => UsNeodymium,
        _ => AuNeodymium,
    };

    private static string[] OtherIds(Page<ConnectedNode> page) => Ids(page.Items.Select(i => i.Node));

    private static string[] RelationshipKeys(Page<ConnectedNode> page) => [.. page.Items.Select(i => i.Relationship.Key)];

    private static void AssertPage(Page<ConnectedNode> page, string[] otherIds, bool hasPrevious, bool hasNext, long total)
    {
        Assert.Equal(otherIds, OtherIds(page));
        Assert.Equal(RelationshipKeys(page), page.Cursors.Select(c => c.Key));
        Assert.Equal((hasPrevious, hasNext, total), (page.HasPreviousPage, page.HasNextPage, page.TotalCount));
    }
}
