namespace MineralGraph.Store.Tests.Contract;

/// <summary>Every port call honours a token that is already cancelled.</summary>
public abstract class CancellationContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly GraphDataset NewCompany = new([TestGraph.Node("company:iluka", "Company", "Iluka Resources")], []);

    private static readonly Dictionary<string, Func<IGraphStore, CancellationToken, Task>> Operations = new()
    {
        ["EnsureSchema"] = (store, token) => store.EnsureSchemaAsync(token),
        ["GetStatistics"] = (store, token) => store.GetStatisticsAsync(token),
        ["GetNodes"] = (store, token) => store.GetNodesAsync(["element:neodymium"], token),
        ["FindNodes"] = (store, token) => store.FindNodesAsync(new NodeQuery("Element", [], SortOrder.ByName, new PageRequest(First: 10), true), token),
        ["GetRelationships"] = (store, token) => store.GetRelationshipsAsync(
            new RelationshipQuery(["country:us"], "LOCATED_IN", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 10), true), token),
        ["Search"] = (store, token) => store.SearchAsync(new SearchQuery("Lynas", null, 10), token),
        ["Expand"] = (store, token) => store.ExpandAsync(new ExpandQuery(["application:ev"], [], Direction.Both, 3, 1000), token),
        ["FindShortestPaths"] = (store, token) => store.FindShortestPathsAsync(new PathQuery("application:ev", "element:neodymium", [], Direction.Both, 5, 10, 1000), token),
        ["Import"] = (store, token) => store.ImportAsync(NewCompany, token),
    };

    [Theory]
    [InlineData("EnsureSchema")]
    [InlineData("GetStatistics")]
    [InlineData("GetNodes")]
    [InlineData("FindNodes")]
    [InlineData("GetRelationships")]
    [InlineData("Search")]
    [InlineData("Expand")]
    [InlineData("FindShortestPaths")]
    [InlineData("Import")]
    public async Task AnyCall_WithCancelledToken_ThrowsOperationCanceled(string operation)
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Operations[operation](Store, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Import_WithCancelledToken_WritesNothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ImportAsync(NewCompany, new CancellationToken(canceled: true)));

        Assert.Empty(await Store.GetNodesAsync(["company:iluka"], CancellationToken.None));
    }
}
