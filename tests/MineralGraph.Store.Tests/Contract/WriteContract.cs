using static MineralGraph.Store.Tests.Contract.TestGraph;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>WriteAsync change by change: what each one stores, what it reports, and when it is refused.</summary>
public abstract class WriteContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly string MountWeldInAustralia = Key("mine:mount-weld", "LOCATED_IN", "country:au");
    private static readonly string CnNeodymium2024 = Key("country:cn", "PRODUCES_SHARE", "element:neodymium", 2);

    [Fact]
    public async Task CreateNode_ReadsBackWithItsValuesAndIsFoundBySearch()
    {
        var store = await LoadedStoreAsync();
        var iluka = Node("company:iluka", "Company", "Iluka Resources", ("kind", "listed"), ("aliases", new[] { "Iluka" }), ("sources", new[] { "source:iea-outlook-2024" }));

        var result = await WriteAsync(store, new CreateNode(iluka));

        var stored = (await store.GetNodesAsync(["company:iluka"], CancellationToken.None))["company:iluka"];
        AssertSameNode(iluka, Assert.Single(result.Nodes));
        AssertSameNode(iluka, stored);
        Assert.Equal(["company:iluka"], await SearchIdsAsync(store, "Iluka"));
        Assert.Equal(5, (await store.GetStatisticsAsync(CancellationToken.None)).NodesByLabel["Company"]);
    }

    [Fact]
    public async Task CreateNode_WithAnExistingId_FailsWithConflictNamingTheId()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.Conflict, new CreateNode(Node("country:cn", "Country", "Cathay")));

        Assert.Contains("country:cn", exception.Message);
        Assert.Equal("China", (await store.GetNodesAsync(["country:cn"], CancellationToken.None))["country:cn"].Name);
    }

    [Fact]
    public async Task CreateNode_WithoutName_FailsWithInvalidData()
    {
        var store = await LoadedStoreAsync();
        var nameless = new NodeRecord("company:nameless", "Company", new Dictionary<string, object?> { ["kind"] = "private" });

        await WriteFailsAsync(store, StoreErrorKind.InvalidData, new CreateNode(nameless));

        Assert.Empty(await store.GetNodesAsync(["company:nameless"], CancellationToken.None));
    }

    [Fact]
    public async Task UpdateNode_SetsAndUnsetsPropertiesAndKeepsTheRest()
    {
        var store = await LoadedStoreAsync();
        var update = new UpdateNode("element:neodymium", Set(("meltingPointC", 1021.0), ("aliases", new[] { "Nd", "Neodym" }), ("category", null)), ["discoveredBy", "oxidationStates"]);

        var result = await WriteAsync(store, update);

        var stored = (await store.GetNodesAsync(["element:neodymium"], CancellationToken.None))["element:neodymium"];
        AssertSameNode(stored, Assert.Single(result.Nodes));
        Assert.Equal(("Neodymium", "Element", 1021.0, 60L), (stored.Name, stored.Label, stored["meltingPointC"], stored["atomicNumber"]));
        Assert.Equal(["Nd", "Neodym"], Assert.IsAssignableFrom<IReadOnlyList<string>>(stored["aliases"]));
        Assert.False(stored.Properties.ContainsKey("discoveredBy") || stored.Properties.ContainsKey("oxidationStates") || stored.Properties.ContainsKey("category"));
        Assert.Equal(9, stored.Properties.Count);
        Assert.Equal(["element:neodymium"], await SearchIdsAsync(store, "Neodym"));
    }

    [Fact]
    public async Task UpdateNode_NewName_RenamesItInRelationshipPagesAtBothEndsAndInSearch()
    {
        var store = await LoadedStoreAsync();

        await WriteAsync(store, new UpdateNode("mine:mountain-pass", Set(("name", "Zzyzx Pass")), []));

        var located = await PageAsync(store, "country:us", "LOCATED_IN", Direction.Incoming);
        var operated = await PageAsync(store, "company:mp-materials", "OPERATES", Direction.Outgoing);
        Assert.Equal(["facility:independence", "facility:mountain-pass-separation", "mine:mountain-pass"], located.Items.Select(i => i.Node.Id));
        Assert.Equal(["facility:independence", "facility:mountain-pass-separation", "mine:mountain-pass"], operated.Items.Select(i => i.Node.Id));
        Assert.Equal("Zzyzx Pass", operated.Items[^1].Node.Name);
        Assert.Equal(["mine:mountain-pass"], await SearchIdsAsync(store, "Zzyzx"));
        Assert.DoesNotContain("mine:mountain-pass", await SearchIdsAsync(store, "Mountain"));
    }

    [Theory]
    [InlineData("unset name")]
    [InlineData("set name to null")]
    [InlineData("set id")]
    [InlineData("set and unset")]
    public async Task UpdateNode_ThatWouldBreakItsIdentity_FailsWithInvalidData(string situation)
    {
        var store = await LoadedStoreAsync();
        var update = situation switch
        {
            "unset name" => new UpdateNode("country:au", Set(), ["name"]),
            "set name to null" => new UpdateNode("country:au", Set(("name", null)), []),
            "set id" => new UpdateNode("country:au", Set(("id", "country:oz")), []),
            _ => new UpdateNode("country:au", Set(("region", "Pacific")), ["region"]),
        };

        await WriteFailsAsync(store, StoreErrorKind.InvalidData, update);

        var australia = (await store.GetNodesAsync(["country:au"], CancellationToken.None))["country:au"];
        Assert.Equal(("Australia", "Oceania"), (australia.Name, australia["region"]));
    }

    [Fact]
    public async Task UpdateNode_Missing_FailsWithNotFoundNamingTheId()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.NotFound, new UpdateNode("country:atlantis", Set(("region", "Sea")), []));

        Assert.Contains("country:atlantis", exception.Message);
    }

    [Fact]
    public async Task DeleteNode_WithoutRelationships_RemovesItFromReadsAndSearch()
    {
        var store = await LoadedStoreAsync();

        var result = await WriteAsync(store, new DeleteNode("mine:tanbreez", Detach: false));

        Assert.Equal(["mine:tanbreez"], result.DeletedNodeIds);
        Assert.Empty(await store.GetNodesAsync(["mine:tanbreez"], CancellationToken.None));
        Assert.Empty(await SearchIdsAsync(store, "Tanbreez"));
    }

    [Fact]
    public async Task DeleteNode_WithRelationshipsWithoutDetach_FailsWithConflictAndKeepsThem()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.Conflict, new DeleteNode("mine:mount-weld", Detach: false));

        Assert.Contains("detach", exception.Message);
        Assert.Single(await store.GetNodesAsync(["mine:mount-weld"], CancellationToken.None));
        Assert.Equal(48, (await store.GetStatisticsAsync(CancellationToken.None)).RelationshipCount);
    }

    [Fact]
    public async Task DeleteNode_WithDetach_DeletesItsRelationshipsAndReportsTheirKeys()
    {
        var store = await LoadedStoreAsync();

        var result = await WriteAsync(store, new DeleteNode("mine:mount-weld", Detach: true));

        Assert.Equal(["mine:mount-weld"], result.DeletedNodeIds);
        Assert.Equal(
            [Key("company:lynas", "OPERATES", "mine:mount-weld"), Key("mine:mount-weld", "EXTRACTS", "mineral:monazite"), MountWeldInAustralia],
            result.DeletedRelationshipKeys.Order(StringComparer.Ordinal));
        Assert.Equal((34, 45), await CountsAsync(store));
        Assert.Empty((await PageAsync(store, "country:au", "LOCATED_IN", Direction.Incoming)).Items);
    }

    [Fact]
    public async Task DeleteNode_SourceStillCited_FailsWithConflictNamingTheCitation()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.Conflict, new DeleteNode("source:iea-outlook-2024", Detach: true));

        Assert.Contains(CnNeodymium2024, exception.Message);
        Assert.Single(await store.GetNodesAsync(["source:iea-outlook-2024"], CancellationToken.None));
    }

    [Fact]
    public async Task DeleteNode_SourceWhoseCitationsAnEarlierChangeRemoved_IsDeleted()
    {
        var store = await LoadedStoreAsync();

        var result = await WriteAsync(store,
            new UpdateRelationship(CnNeodymium2024, Set(("sources", new[] { "source:usgs-mcs-2025" })), []),
            new DeleteNode("source:iea-outlook-2024", Detach: false));

        Assert.Equal(["source:iea-outlook-2024"], result.DeletedNodeIds);
        Assert.Equal(["source:usgs-mcs-2025"], Assert.IsAssignableFrom<IReadOnlyList<string>>(Assert.Single(result.Relationships)["sources"]));
    }

    [Fact]
    public async Task CreateRelationship_AppearsInBothEndsPagesWithItsProperties()
    {
        var store = await LoadedStoreAsync();
        var supplies = Relationship("company:lynas", "SUPPLIES", "company:mp-materials", ("product", "NdPr oxide"), ("since", new DateOnly(2024, 3, 1)));

        var result = await WriteAsync(store, new CreateRelationship(supplies));

        var item = Assert.Single((await PageAsync(store, "company:mp-materials", "SUPPLIES", Direction.Incoming)).Items);
        AssertSameRelationship(supplies, Assert.Single(result.Relationships));
        AssertSameRelationship(supplies, item.Relationship);
        Assert.Equal("Lynas Rare Earths", item.Node.Name);
        Assert.Equal("MP Materials", Assert.Single((await PageAsync(store, "company:lynas", "SUPPLIES", Direction.Outgoing)).Items).Node.Name);
    }

    [Fact]
    public async Task CreateRelationship_WithAnExistingKey_FailsWithConflict()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.Conflict, new CreateRelationship(Relationship("mine:mount-weld", "LOCATED_IN", "country:au", ("region", "WA"))));

        Assert.Contains(MountWeldInAustralia, exception.Message);
        Assert.Equal("Western Australia", Assert.Single((await PageAsync(store, "country:au", "LOCATED_IN", Direction.Incoming)).Items).Relationship["region"]);
    }

    [Theory]
    [InlineData("company:missing", "country:au")]
    [InlineData("company:lynas", "country:missing")]
    public async Task CreateRelationship_ToAMissingNode_FailsWithNotFoundNamingIt(string start, string end)
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.NotFound, new CreateRelationship(Relationship(start, "HEADQUARTERED_IN", end)));

        Assert.Contains(start == "company:missing" ? start : end, exception.Message);
        Assert.Equal((35, 48), await CountsAsync(store));
    }

    [Fact]
    public async Task UpdateRelationship_SetsAndUnsetsPropertiesAndKeepsItsEnds()
    {
        var store = await LoadedStoreAsync();
        var key = Key("company:mp-materials", "OPERATES", "mine:mountain-pass");

        var result = await WriteAsync(store, new UpdateRelationship(key, Set(("stakePct", 90.0)), ["since"]));

        var stored = Assert.Single((await PageAsync(store, "mine:mountain-pass", "OPERATES", Direction.Incoming)).Items).Relationship;
        AssertSameRelationship(stored, Assert.Single(result.Relationships));
        Assert.Equal((key, "company:mp-materials", "mine:mountain-pass", 90.0), (stored.Key, stored.StartId, stored.EndId, stored["stakePct"]));
        Assert.Equal(["stakePct"], stored.Properties.Keys);
    }

    [Fact]
    public async Task UpdateRelationship_Missing_FailsWithNotFoundNamingTheKey()
    {
        var store = await LoadedStoreAsync();

        var exception = await WriteFailsAsync(store, StoreErrorKind.NotFound, new UpdateRelationship("a|MISSING|b", Set(("region", "x")), []));

        Assert.Contains("a|MISSING|b", exception.Message);
    }

    [Fact]
    public async Task DeleteRelationship_RemovesItAndKeepsItsEnds()
    {
        var store = await LoadedStoreAsync();

        var result = await WriteAsync(store, new DeleteRelationship(MountWeldInAustralia));

        Assert.Equal([MountWeldInAustralia], result.DeletedRelationshipKeys);
        Assert.Empty((await PageAsync(store, "country:au", "LOCATED_IN", Direction.Incoming)).Items);
        Assert.Equal((35, 47), await CountsAsync(store));
    }

    [Fact]
    public async Task DeleteRelationship_Missing_FailsWithNotFound()
    {
        var store = await LoadedStoreAsync();

        await WriteFailsAsync(store, StoreErrorKind.NotFound, new DeleteRelationship("a|MISSING|b"));
    }

    [Fact]
    public async Task Write_TouchingNodesTwice_ReportsEachOnceInItsFinalState()
    {
        var store = await LoadedStoreAsync();

        var result = await WriteAsync(store,
            new CreateNode(Node("company:iluka", "Company", "Iluka")),
            new UpdateNode("country:my", Set(("region", "Southeast Asia")), []),
            new CreateNode(Node("company:arafura", "Company", "Arafura")),
            new UpdateNode("company:iluka", Set(("name", "Iluka Resources")), []),
            new DeleteNode("company:arafura", Detach: false));

        Assert.Equal([("company:iluka", "Iluka Resources"), ("country:my", "Malaysia")], result.Nodes.Select(n => (n.Id, n.Name)));
        Assert.Equal("Southeast Asia", result.Nodes[1]["region"]);
        Assert.Equal(["company:arafura"], result.DeletedNodeIds);
        Assert.Empty(result.Relationships);
    }

    private static Task<WriteResult> WriteAsync(IGraphStore store, params GraphChange[] changes) =>
        store.WriteAsync(new GraphWrite(changes), CancellationToken.None);

    /// <summary>Runs a write that must fail, and checks that it changed nothing: neither the revision nor the counts.</summary>
    private static async Task<GraphStoreException> WriteFailsAsync(IGraphStore store, StoreErrorKind kind, params GraphChange[] changes)
    {
        var revision = await store.GetRevisionAsync(CancellationToken.None);
        var counts = await CountsAsync(store);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => WriteAsync(store, changes));

        Assert.Equal(kind, exception.Kind);
        Assert.Equal(revision, await store.GetRevisionAsync(CancellationToken.None));
        Assert.Equal(counts, await CountsAsync(store));
        return exception;
    }

    private static async Task<(long Nodes, long Relationships)> CountsAsync(IGraphStore store)
    {
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        return (statistics.NodeCount, statistics.RelationshipCount);
    }

    private static async Task<Page<ConnectedNode>> PageAsync(IGraphStore store, string parent, string type, Direction direction) =>
        (await store.GetRelationshipsAsync(new RelationshipQuery([parent], type, direction, null, [], SortOrder.ByName, new PageRequest(First: 10), false), CancellationToken.None))[parent];

    private static async Task<string[]> SearchIdsAsync(IGraphStore store, string text) =>
        Ids((await store.SearchAsync(new SearchQuery(text, null, 10), CancellationToken.None)).Select(h => h.Node));

    private static void AssertSameNode(NodeRecord expected, NodeRecord actual)
    {
        Assert.Equal((expected.Id, expected.Label), (actual.Id, actual.Label));
        Assert.Equal(expected.Properties, actual.Properties);
    }

    private static void AssertSameRelationship(RelationshipRecord expected, RelationshipRecord actual)
    {
        Assert.Equal((expected.Key, expected.Type, expected.StartId, expected.EndId), (actual.Key, actual.Type, actual.StartId, actual.EndId));
        Assert.Equal(expected.Properties, actual.Properties);
    }
}
