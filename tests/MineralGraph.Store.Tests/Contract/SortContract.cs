namespace MineralGraph.Store.Tests.Contract;

/// <summary>FindNodes order: by name, id and typed properties, nulls last ascending and first descending, ties by id.</summary>
public abstract class SortContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    [Theory]
    [InlineData("Element", "name", new[] { "element:dysprosium", "element:gallium", "element:neodymium", "element:praseodymium", "element:terbium" })]
    [InlineData("Company", "id", new[] { "company:china-northern-rare-earth", "company:china-rare-earth-group", "company:lynas", "company:mp-materials" })]
    [InlineData("Element", "atomicNumber", new[] { "element:gallium", "element:praseodymium", "element:neodymium", "element:terbium", "element:dysprosium" })]
    [InlineData("Mine", "latitude", new[] { "mine:mount-weld", "mine:mountain-pass", "mine:bayan-obo", "mine:tanbreez" })]
    [InlineData("Regulation", "effective", new[] { "regulation:eo-14017", "regulation:mofcom-2023-23", "regulation:mofcom-2025-18", "regulation:critical-minerals-bill" })]
    [InlineData("Element", "isRareEarth", new[] { "element:gallium", "element:dysprosium", "element:neodymium", "element:praseodymium", "element:terbium" })]
    [InlineData("Element", "category", new[] { "element:dysprosium", "element:neodymium", "element:praseodymium", "element:gallium", "element:terbium" })]
    [InlineData("Facility", "capacityTpa", new[] { "facility:independence", "facility:lynas-malaysia", "facility:mountain-pass-separation" })]
    public async Task Ascending_SortsByValueWithNullsLastAndTiesById(string label, string property, string[] expected)
    {
        Assert.Equal(expected, await SortedIdsAsync(label, new SortOrder(property)));
    }

    [Theory]
    [InlineData("Element", "name", new[] { "element:terbium", "element:praseodymium", "element:neodymium", "element:gallium", "element:dysprosium" })]
    [InlineData("Company", "id", new[] { "company:mp-materials", "company:lynas", "company:china-rare-earth-group", "company:china-northern-rare-earth" })]
    [InlineData("Element", "atomicNumber", new[] { "element:dysprosium", "element:terbium", "element:neodymium", "element:praseodymium", "element:gallium" })]
    [InlineData("Mine", "latitude", new[] { "mine:tanbreez", "mine:bayan-obo", "mine:mountain-pass", "mine:mount-weld" })]
    [InlineData("Regulation", "effective", new[] { "regulation:critical-minerals-bill", "regulation:mofcom-2025-18", "regulation:mofcom-2023-23", "regulation:eo-14017" })]
    [InlineData("Element", "category", new[] { "element:terbium", "element:gallium", "element:praseodymium", "element:neodymium", "element:dysprosium" })]
    public async Task Descending_SortsByValueWithNullsFirstAndTiesByIdDescending(string label, string property, string[] expected)
    {
        Assert.Equal(expected, await SortedIdsAsync(label, new SortOrder(property, Descending: true)));
    }

    [Fact]
    public async Task EqualSortValues_AreOrderedById_AndReversedWhenDescending()
    {
        string[] ascending = ["mine:tanbreez", "mine:bayan-obo", "mine:mount-weld", "mine:mountain-pass"];

        Assert.Equal(ascending, await SortedIdsAsync("Mine", new SortOrder("status")));
        Assert.Equal(ascending.Reverse(), await SortedIdsAsync("Mine", new SortOrder("status", Descending: true)));
    }

    [Fact]
    public async Task SortByName_WithFilter_SortsOnlyTheMatches()
    {
        var page = await FindAsync("Element", SortOrder.ByName, new PageRequest(First: 10), new PropertyFilter("category", FilterOperator.Equals, "LREE"));

        Assert.Equal(["element:neodymium", "element:praseodymium"], Ids(page.Items));
    }
}
