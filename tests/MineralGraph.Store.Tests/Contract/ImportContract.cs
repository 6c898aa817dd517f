namespace MineralGraph.Store.Tests.Contract;

/// <summary>Schema, import, statistics and reading nodes back with their typed values.</summary>
public abstract class ImportContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly Dictionary<string, long> NodesByLabel = new()
    {
        ["Agency"] = 1, ["Application"] = 4, ["Company"] = 4, ["Country"] = 4, ["Element"] = 5, ["Facility"] = 3,
        ["Mine"] = 4, ["Mineral"] = 2, ["Product"] = 2, ["Regulation"] = 4, ["Source"] = 2,
    };

    private static readonly Dictionary<string, long> RelationshipsByType = new()
    {
        ["CONTAINS"] = 8, ["DEPENDS_ON"] = 2, ["EXTRACTS"] = 3, ["HEADQUARTERED_IN"] = 5, ["ISSUED_BY"] = 3, ["LOCATED_IN"] = 6,
        ["OPERATES"] = 6, ["PARTNERS_WITH"] = 2, ["PRODUCES"] = 3, ["PRODUCES_SHARE"] = 5, ["REQUIRES"] = 2, ["RESTRICTS"] = 3,
    };

    [Fact]
    public async Task GetStatistics_AfterImport_CountsNodesPerLabelAndRelationshipsPerType()
    {
        var statistics = await Store.GetStatisticsAsync(CancellationToken.None);

        AssertLoaded(statistics);
    }

    [Fact]
    public async Task EnsureSchema_CalledAgainOnLoadedStore_KeepsEveryNodeAndRelationship()
    {
        var store = await LoadedStoreAsync();

        await store.EnsureSchemaAsync(CancellationToken.None);

        AssertLoaded(await store.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(["element:terbium"], await SearchIdsAsync(store, "Terbium"));
    }

    [Fact]
    public async Task Import_SameDatasetTwice_ReportsAndKeepsTheSameCounts()
    {
        var store = await Fixture.CreateStoreAsync();
        await store.EnsureSchemaAsync(CancellationToken.None);

        var first = await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        var second = await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);

        Assert.Equal(new ImportResult(35, 48), first);
        Assert.Equal(first, second);
        AssertLoaded(await store.GetStatisticsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_RelationshipToMissingNode_FailsWithInvalidDataAndChangesNothing()
    {
        var store = await LoadedStoreAsync();
        var dataset = new GraphDataset(
            [
                TestGraph.Node("company:iluka", "Company", "Iluka Resources", ("kind", "listed")),
                TestGraph.Node("element:neodymium", "Element", "Neodymium (renamed)", ("symbol", "Nd"), ("atomicNumber", 60L)),
            ],
            [TestGraph.Relationship("company:iluka", "HEADQUARTERED_IN", "country:missing")]);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportAsync(dataset, CancellationToken.None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        AssertLoaded(await store.GetStatisticsAsync(CancellationToken.None));
        var nodes = await store.GetNodesAsync(["company:iluka", "element:neodymium"], CancellationToken.None);
        Assert.Equal(["element:neodymium"], nodes.Keys);
        Assert.Equal("Neodymium", nodes["element:neodymium"].Name);
        Assert.Empty(await SearchIdsAsync(store, "Iluka"));
    }

    [Fact]
    public async Task Import_NodeWithoutName_FailsWithInvalidDataAndChangesNothing()
    {
        var store = await LoadedStoreAsync();
        var nameless = new NodeRecord("company:nameless", "Company", new Dictionary<string, object?> { ["kind"] = "private" });
        var dataset = new GraphDataset([TestGraph.Node("company:iluka", "Company", "Iluka Resources"), nameless], []);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportAsync(dataset, CancellationToken.None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Contains("company:nameless", exception.Message);
        Assert.Empty(await store.GetNodesAsync(["company:iluka", "company:nameless"], CancellationToken.None));
    }

    [Fact]
    public async Task Import_ValueOfUnsupportedType_FailsWithInvalidData()
    {
        var store = await LoadedStoreAsync();
        var dataset = new GraphDataset([TestGraph.Node("company:iluka", "Company", "Iluka Resources", ("marketCap", 1.5e9m))], []);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportAsync(dataset, CancellationToken.None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Empty(await store.GetNodesAsync(["company:iluka"], CancellationToken.None));
    }

    [Fact]
    public async Task Import_IdsAndValuesShapedLikeSqlOrJsonPaths_AreStoredAndMatchedAsPlainData()
    {
        var store = await LoadedStoreAsync();
        const string id = "company:x' OR 1=1 --";
        var odd = TestGraph.Node(id, "Company", "$.name", ("ticker", "') OR json_extract(props, '$.kind') --"), ("aliases", new[] { "\"; DROP TABLE node; --" }));
        var located = TestGraph.Relationship(id, "HEADQUARTERED_IN", "country:us");

        await store.ImportAsync(new GraphDataset([odd], [located]), CancellationToken.None);

        var stored = (await store.GetNodesAsync([id], CancellationToken.None))[id];
        Assert.Equal(("$.name", "') OR json_extract(props, '$.kind') --"), (stored.Name, stored["ticker"]));
        var byName = await store.FindNodesAsync(new NodeQuery("Company", [new PropertyFilter("name", FilterOperator.Equals, "$.name")], ById, new PageRequest(First: 10), true), CancellationToken.None);
        var byAlias = await store.FindNodesAsync(
            new NodeQuery("Company", [new PropertyFilter("aliases", FilterOperator.Includes, "\"; DROP TABLE node; --")], ById, new PageRequest(First: 10), true), CancellationToken.None);
        Assert.Equal([id], Ids(byName.Items));
        Assert.Equal([id], Ids(byAlias.Items));
        Assert.Equal(5, (await store.GetStatisticsAsync(CancellationToken.None)).NodesByLabel["Company"]);
    }

    [Fact]
    public async Task EnsureSchema_OnNewStore_GivesEmptyStatistics()
    {
        var store = await Fixture.CreateStoreAsync();

        await store.EnsureSchemaAsync(CancellationToken.None);

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Empty(statistics.NodesByLabel);
        Assert.Empty(statistics.RelationshipsByType);
    }

    [Fact]
    public async Task Import_NodeWithExistingId_UpdatesItsNameAndNullPropertiesInReadsAndSearch()
    {
        var store = await LoadedStoreAsync();
        var renamed = new NodeRecord("application:wind-turbine", "Application", new Dictionary<string, object?> { ["name"] = "Wind generator", ["sector"] = null });

        await store.ImportAsync(new GraphDataset([renamed], []), CancellationToken.None);

        var nodes = await store.GetNodesAsync(["application:wind-turbine"], CancellationToken.None);
        Assert.Equal("Wind generator", nodes["application:wind-turbine"].Name);
        Assert.False(nodes["application:wind-turbine"].Properties.ContainsKey("sector"));
        Assert.Equal(["application:wind-turbine"], await SearchIdsAsync(store, "Wind generator"));
        Assert.Empty(await SearchIdsAsync(store, "turbine"));
        AssertLoaded(await store.GetStatisticsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_RenamedNode_MovesToItsNewPlaceInItsNeighboursNameOrder()
    {
        var store = await LoadedStoreAsync();
        var query = new RelationshipQuery(["country:us"], "LOCATED_IN", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 10), false);
        var before = (await store.GetRelationshipsAsync(query, CancellationToken.None))["country:us"].Items.Select(i => i.Node.Id).ToList();
        var renamed = new NodeRecord("mine:mountain-pass", "Mine", new Dictionary<string, object?> { ["name"] = "Zzyzx Pass" });

        await store.ImportAsync(new GraphDataset([renamed], []), CancellationToken.None);

        var after = (await store.GetRelationshipsAsync(query, CancellationToken.None))["country:us"].Items.Select(i => (i.Node.Id, i.Node.Name)).ToList();
        Assert.Equal(["facility:independence", "facility:mountain-pass-separation", "mine:mountain-pass"], before.Order());
        Assert.Equal(("mine:mountain-pass", "Zzyzx Pass"), after[^1]);
        Assert.Equal(3, after.Count);
    }

    [Fact]
    public async Task Import_RelationshipBetweenStoredNodes_AddsItWithoutTheNodes()
    {
        var store = await LoadedStoreAsync();
        var supplies = TestGraph.Relationship("company:lynas", "SUPPLIES", "company:mp-materials", ("product", "NdPr oxide"), ("since", new DateOnly(2024, 3, 1)));

        var result = await store.ImportAsync(new GraphDataset([], [supplies]), CancellationToken.None);

        Assert.Equal(new ImportResult(0, 1), result);
        var page = (await store.GetRelationshipsAsync(
            new RelationshipQuery(["company:mp-materials"], "SUPPLIES", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 5), true), CancellationToken.None))["company:mp-materials"];
        var item = Assert.Single(page.Items);
        Assert.Equal(("company:lynas", "NdPr oxide", new DateOnly(2024, 3, 1)), (item.Node.Id, item.Relationship["product"], item.Relationship["since"]));
        Assert.Equal(49, (await store.GetStatisticsAsync(CancellationToken.None)).RelationshipCount);
    }

    [Fact]
    public async Task GetNodes_ExistingAndMissingIds_ReturnsOnlyTheExistingNodes()
    {
        var nodes = await Store.GetNodesAsync(["element:neodymium", "element:unobtainium", "country:cn"], CancellationToken.None);

        Assert.Equal(["country:cn", "element:neodymium"], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Country", nodes["country:cn"].Label);
        Assert.Equal("China", nodes["country:cn"].Name);
    }

    [Fact]
    public async Task GetNodes_NoIds_ReturnsEmpty()
    {
        Assert.Empty(await Store.GetNodesAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task GetNodes_NodeWithEveryValueType_ReturnsTheImportedTypesAndValues()
    {
        var neodymium = (await Store.GetNodesAsync(["element:neodymium"], CancellationToken.None))["element:neodymium"];

        Assert.Equal("Element", neodymium.Label);
        Assert.Equal("Neodymium", neodymium.Name);
        Assert.Equal("element:neodymium", neodymium[GraphModel.IdProperty]);
        Assert.Equal("Nd", Assert.IsType<string>(neodymium["symbol"]));
        Assert.Equal(60L, Assert.IsType<long>(neodymium["atomicNumber"]));
        Assert.True(Assert.IsType<bool>(neodymium["isRareEarth"]));
        Assert.Equal(["Nd"], Assert.IsAssignableFrom<IReadOnlyList<string>>(neodymium["aliases"]));
        Assert.Equal(["source:usgs-mcs-2025"], Assert.IsAssignableFrom<IReadOnlyList<string>>(neodymium["sources"]));
        Assert.Equal("Carl Auer von Welsbach", Assert.IsType<string>(neodymium["discoveredBy"]));
        Assert.Equal(1885L, Assert.IsType<long>(neodymium["discoveryYear"]));
        Assert.Equal(1024.0, Assert.IsType<double>(neodymium["meltingPointC"]));
        Assert.False(Assert.IsType<bool>(neodymium["radioactive"]));
        Assert.Equal(["+2", "+3"], Assert.IsAssignableFrom<IReadOnlyList<string>>(neodymium["oxidationStates"]));
        Assert.Equal(12, neodymium.Properties.Count);
    }

    [Fact]
    public async Task GetNodes_WholeNumberFloatsDatesAndAbsentProperties_ReadBackAsImported()
    {
        var nodes = await Store.GetNodesAsync(["facility:lynas-malaysia", "regulation:mofcom-2023-23", "mine:tanbreez", "mineral:bastnasite"], CancellationToken.None);

        Assert.Equal(10500.0, Assert.IsType<double>(nodes["facility:lynas-malaysia"]["capacityTpa"]));
        Assert.Equal(3.9767, Assert.IsType<double>(nodes["facility:lynas-malaysia"]["latitude"]));
        Assert.Equal(new DateOnly(2023, 8, 1), Assert.IsType<DateOnly>(nodes["regulation:mofcom-2023-23"]["effective"]));
        Assert.Equal(["name", "status"], nodes["mine:tanbreez"].Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Bastnäsite", nodes["mineral:bastnasite"].Name);
    }

    private static async Task<string[]> SearchIdsAsync(IGraphStore store, string text) =>
        Ids((await store.SearchAsync(new SearchQuery(text, null, 10), CancellationToken.None)).Select(h => h.Node));

    private static void AssertLoaded(GraphStatistics statistics)
    {
        Assert.Equal(NodesByLabel, statistics.NodesByLabel);
        Assert.Equal(RelationshipsByType, statistics.RelationshipsByType);
        Assert.Equal(35, statistics.NodeCount);
        Assert.Equal(48, statistics.RelationshipCount);
    }
}
