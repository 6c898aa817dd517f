using static MineralGraph.Store.Tests.Contract.TestGraph;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>The graph revision: it moves with every committed write and import, and only with them.</summary>
public abstract class RevisionContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    [Fact]
    public async Task GetRevision_AfterAWrite_IsTheWritesRevisionAndHigherThanBefore()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(CancellationToken.None);

        var result = await store.WriteAsync(new GraphWrite([new UpdateNode("country:my", new Dictionary<string, object?> { ["region"] = "Southeast Asia" }, [])]), CancellationToken.None);

        Assert.True(result.Revision > before, $"The revision went from {before} to {result.Revision}.");
        Assert.Equal(result.Revision, await store.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetRevision_AfterAnImport_IsHigherThanBefore()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(CancellationToken.None);

        await store.ImportAsync(new GraphDataset([Node("company:iluka", "Company", "Iluka Resources")], []), CancellationToken.None);

        Assert.True(await store.GetRevisionAsync(CancellationToken.None) > before);
    }

    [Fact]
    public async Task GetRevision_AfterReads_IsUnchanged()
    {
        var before = await Store.GetRevisionAsync(CancellationToken.None);

        await Store.GetNodesAsync(["country:cn"], CancellationToken.None);
        await Store.FindNodesAsync(new NodeQuery("Country", [], SortOrder.ByName, new PageRequest(First: 2), true), CancellationToken.None);
        await Store.SearchAsync(new SearchQuery("China", null, 5), CancellationToken.None);
        await Store.GetStatisticsAsync(CancellationToken.None);
        await Store.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(before, await Store.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Write_WhoseLaterChangeFails_AppliesNoneOfItsChangesAndKeepsTheRevision()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(CancellationToken.None);
        var write = new GraphWrite([
            new CreateNode(Node("company:iluka", "Company", "Iluka Resources")),
            new UpdateNode("country:au", new Dictionary<string, object?> { ["name"] = "Commonwealth of Australia" }, []),
            new DeleteRelationship(Key("mine:mount-weld", "LOCATED_IN", "country:au")),
            new CreateRelationship(Relationship("company:iluka", "HEADQUARTERED_IN", "country:missing")),
        ]);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(write, CancellationToken.None));

        Assert.Equal(StoreErrorKind.NotFound, exception.Kind);
        Assert.Equal(before, await store.GetRevisionAsync(CancellationToken.None));
        var nodes = await store.GetNodesAsync(["company:iluka", "country:au"], CancellationToken.None);
        Assert.Equal(["country:au"], nodes.Keys);
        Assert.Equal("Australia", nodes["country:au"].Name);
        Assert.Equal(48, (await store.GetStatisticsAsync(CancellationToken.None)).RelationshipCount);
        Assert.Empty(Ids((await store.SearchAsync(new SearchQuery("Iluka", null, 5), CancellationToken.None)).Select(h => h.Node)));
    }

    [Fact]
    public async Task Write_WithoutChanges_ReturnsTheRevisionUnchanged()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(CancellationToken.None);

        var result = await store.WriteAsync(new GraphWrite([]), CancellationToken.None);

        Assert.Equal(before, result.Revision);
        Assert.True(result.Nodes.Count + result.Relationships.Count + result.DeletedNodeIds.Count + result.DeletedRelationshipKeys.Count == 0);
        Assert.Equal(before, await store.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetRevision_OfAStoreMadeAfterAnother_DiffersAfterTheSameImport()
    {
        var earlier = await LoadedStoreAsync();
        var earlierRevision = await earlier.GetRevisionAsync(CancellationToken.None);

        var later = await LoadedStoreAsync();

        Assert.NotEqual(earlierRevision, await later.GetRevisionAsync(CancellationToken.None));
    }
}
