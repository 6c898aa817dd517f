namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// Keyset pages of FindNodes. The elements by name are Dysprosium, Gallium, Neodymium,
/// Praseodymium, Terbium.
/// </summary>
public abstract class PagingContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private const int MaxPages = 20;

    [Fact]
    public async Task First_WithoutCursor_ReturnsFirstItemsWithCursorsAndNextPage()
    {
        var page = await ElementsAsync(new PageRequest(First: 2));

        AssertPage(page, ["element:dysprosium", "element:gallium"], hasPrevious: false, hasNext: true);
        Assert.Equal([new Cursor("Dysprosium", "element:dysprosium"), new Cursor("Gallium", "element:gallium")], page.Cursors);
    }

    [Fact]
    public async Task FirstAfter_CursorOfPreviousPage_ContinuesAfterItAndCountsEverything()
    {
        var first = await ElementsAsync(new PageRequest(First: 2));

        var second = await ElementsAsync(new PageRequest(First: 2, After: first.Cursors[^1]));

        AssertPage(second, ["element:neodymium", "element:praseodymium"], hasPrevious: true, hasNext: true);
        Assert.Equal(5, second.TotalCount);
    }

    [Fact]
    public async Task FirstAfter_PageEndingAtTheLastItem_HasNoNextPage()
    {
        var page = await ElementsAsync(new PageRequest(First: 3, After: new Cursor("Gallium", "element:gallium")));

        AssertPage(page, ["element:neodymium", "element:praseodymium", "element:terbium"], hasPrevious: true, hasNext: false);
    }

    [Fact]
    public async Task FirstAfter_LastItem_ReturnsEmptyPageWithPreviousPage()
    {
        var page = await ElementsAsync(new PageRequest(First: 2, After: new Cursor("Terbium", "element:terbium")));

        AssertPage(page, [], hasPrevious: true, hasNext: false);
        Assert.Empty(page.Cursors);
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public async Task Last_WithoutCursor_ReturnsLastItemsInSortOrder()
    {
        var page = await ElementsAsync(new PageRequest(Last: 2));

        AssertPage(page, ["element:praseodymium", "element:terbium"], hasPrevious: true, hasNext: false);
        Assert.Equal([new Cursor("Praseodymium", "element:praseodymium"), new Cursor("Terbium", "element:terbium")], page.Cursors);
    }

    [Fact]
    public async Task LastBefore_ReturnsItemsJustBeforeTheCursor()
    {
        var middle = await ElementsAsync(new PageRequest(Last: 2, Before: new Cursor("Praseodymium", "element:praseodymium")));
        var start = await ElementsAsync(new PageRequest(Last: 2, Before: new Cursor("Gallium", "element:gallium")));

        AssertPage(middle, ["element:gallium", "element:neodymium"], hasPrevious: true, hasNext: true);
        AssertPage(start, ["element:dysprosium"], hasPrevious: false, hasNext: true);
    }

    [Fact]
    public async Task FirstAfterBefore_ReturnsItemsBetweenTheCursors()
    {
        var after = new Cursor("Dysprosium", "element:dysprosium");
        var before = new Cursor("Terbium", "element:terbium");

        AssertPage(await ElementsAsync(new PageRequest(First: 5, After: after, Before: before)),
            ["element:gallium", "element:neodymium", "element:praseodymium"], hasPrevious: true, hasNext: false);
        AssertPage(await ElementsAsync(new PageRequest(First: 2, After: after, Before: before)),
            ["element:gallium", "element:neodymium"], hasPrevious: true, hasNext: true);
    }

    [Fact]
    public async Task First_NoNodePassesTheFilters_ReturnsEmptyPageCountingZero()
    {
        var page = await FindAsync("Element", SortOrder.ByName, new PageRequest(First: 2), new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 100L));

        AssertPage(page, [], hasPrevious: false, hasNext: false);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task TotalCount_NotRequested_IsNull()
    {
        var page = await Store.FindNodesAsync(new NodeQuery("Element", [], SortOrder.ByName, new PageRequest(First: 1), IncludeTotalCount: false), CancellationToken.None);

        Assert.Null(page.TotalCount);
        Assert.Equal(["element:dysprosium"], Ids(page.Items));
    }

    [Fact]
    public async Task Cursors_HoldTheTypedSortValueAndTheId()
    {
        var dates = await FindAsync("Regulation", new SortOrder("effective"), new PageRequest(First: 10));
        var floats = await FindAsync("Facility", new SortOrder("capacityTpa"), new PageRequest(First: 1));
        var ints = await FindAsync("Element", new SortOrder("atomicNumber"), new PageRequest(First: 1));

        Assert.Equal(
            [
                new Cursor(new DateOnly(2021, 2, 24), "regulation:eo-14017"), new Cursor(new DateOnly(2023, 8, 1), "regulation:mofcom-2023-23"),
                new Cursor(new DateOnly(2025, 4, 4), "regulation:mofcom-2025-18"), new Cursor(null, "regulation:critical-minerals-bill"),
            ],
            dates.Cursors);
        Assert.Equal([new Cursor(1000.0, "facility:independence")], floats.Cursors);
        Assert.Equal([new Cursor(31L, "element:gallium")], ints.Cursors);
    }

    [Fact]
    public async Task FirstAfter_DescendingSort_ResumesInDescendingOrder()
    {
        var sort = new SortOrder("atomicNumber", Descending: true);
        var first = await FindAsync("Element", sort, new PageRequest(First: 2));

        var second = await FindAsync("Element", sort, new PageRequest(First: 2, After: first.Cursors[^1]));

        Assert.Equal(["element:dysprosium", "element:terbium"], Ids(first.Items));
        AssertPage(second, ["element:neodymium", "element:praseodymium"], hasPrevious: true, hasNext: true);
    }

    [Fact]
    public async Task Cursors_WithNullSortValue_ResumeAfterAndBeforeTheNull()
    {
        var descending = new SortOrder("category", Descending: true);
        var first = await FindAsync("Element", descending, new PageRequest(First: 1));
        var afterNull = await FindAsync("Element", descending, new PageRequest(First: 2, After: first.Cursors[0]));
        var beforeNull = await FindAsync("Element", new SortOrder("category"), new PageRequest(Last: 2, Before: new Cursor(null, "element:terbium")));

        Assert.Equal([new Cursor(null, "element:terbium")], first.Cursors);
        AssertPage(afterNull, ["element:gallium", "element:praseodymium"], hasPrevious: true, hasNext: true);
        AssertPage(beforeNull, ["element:praseodymium", "element:gallium"], hasPrevious: true, hasNext: true);
    }

    [Fact]
    public async Task FirstAfter_CursorBuiltFromADate_ResumesAfterThatDate()
    {
        var page = await FindAsync("Regulation", new SortOrder("effective"), new PageRequest(First: 5, After: new Cursor(new DateOnly(2023, 8, 1), "regulation:mofcom-2023-23")));

        AssertPage(page, ["regulation:mofcom-2025-18", "regulation:critical-minerals-bill"], hasPrevious: true, hasNext: false);
    }

    [Fact]
    public async Task FirstAfter_CursorWithWholeNumberForAFloatSort_ResumesAfterThatNumber()
    {
        var page = await FindAsync("Facility", new SortOrder("capacityTpa"), new PageRequest(First: 5, After: new Cursor(1000L, "facility:independence")));

        AssertPage(page, ["facility:lynas-malaysia", "facility:mountain-pass-separation"], hasPrevious: true, hasNext: false);
    }

    [Theory]
    [InlineData("Element", "name", false)]
    [InlineData("Element", "atomicNumber", true)]
    [InlineData("Element", "category", false)]
    [InlineData("Element", "category", true)]
    [InlineData("Element", "isRareEarth", false)]
    [InlineData("Mine", "latitude", true)]
    [InlineData("Regulation", "effective", false)]
    [InlineData("Company", "id", true)]
    [InlineData("Element", "formula", false)]
    [InlineData("Element", "formula", true)]
    public async Task PageWalk_ForwardAndBackward_VisitsTheFullSortedListOnce(string label, string property, bool descending)
    {
        var sort = new SortOrder(property, descending);
        var all = await SortedIdsAsync(label, sort);

        var forward = new List<string>();
        Cursor? after = null;
        for (var pages = 0; pages < MaxPages && (pages == 0 || after is not null); pages++)
        {
            var page = await FindAsync(label, sort, new PageRequest(First: 2, After: after));
            forward.AddRange(Ids(page.Items));
            after = page.HasNextPage ? page.Cursors[^1] : null;
        }

        var backward = new List<string>();
        Cursor? before = null;
        for (var pages = 0; pages < MaxPages && (pages == 0 || before is not null); pages++)
        {
            var page = await FindAsync(label, sort, new PageRequest(Last: 2, Before: before));
            backward.InsertRange(0, Ids(page.Items));
            before = page.HasPreviousPage ? page.Cursors[0] : null;
        }

        Assert.True(all.Length >= 4);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    private Task<Page<NodeRecord>> ElementsAsync(PageRequest request) => FindAsync("Element", SortOrder.ByName, request);

    private static void AssertPage(Page<NodeRecord> page, string[] ids, bool hasPrevious, bool hasNext)
    {
        Assert.Equal(ids, Ids(page.Items));
        Assert.Equal(ids, page.Cursors.Select(c => c.Key));
        Assert.Equal(hasPrevious, page.HasPreviousPage);
        Assert.Equal(hasNext, page.HasNextPage);
    }
}
