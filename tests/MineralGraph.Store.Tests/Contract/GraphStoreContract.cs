namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The base of the contract suites: the store under test and the queries the tests share. Each
/// adapter subclasses every suite once, with its own <see cref="GraphStoreFixture"/>.
/// </summary>
public abstract class GraphStoreContract(GraphStoreFixture fixture)
{
    protected static readonly SortOrder ById = new(GraphModel.IdProperty);

    protected GraphStoreFixture Fixture => fixture;

    protected IGraphStore Store => fixture.Store;

    /// <summary>A new store of its own holding <see cref="TestGraph.Dataset"/>, for a test that writes.</summary>
    protected async Task<IGraphStore> LoadedStoreAsync()
    {
        var store = await Fixture.CreateStoreAsync();
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        return store;
    }

    protected Task<Page<NodeRecord>> FindAsync(string label, SortOrder sort, PageRequest page, params NodeFilter[] filters) =>
        Store.FindNodesAsync(new NodeQuery(label, filters, sort, page, IncludeTotalCount: true), CancellationToken.None);

    /// <summary>The ids of every node of the label that passes the filters, in id order.</summary>
    protected async Task<string[]> FindIdsAsync(string label, params NodeFilter[] filters) =>
        Ids((await FindAsync(label, ById, new PageRequest(First: 100), filters)).Items);

    /// <summary>The ids of every node of the label in the sort order.</summary>
    protected async Task<string[]> SortedIdsAsync(string label, SortOrder sort) =>
        Ids((await FindAsync(label, sort, new PageRequest(First: 100))).Items);

    protected static string[] Ids(IEnumerable<NodeRecord> nodes) => [.. nodes.Select(n => n.Id)];

    /// <summary>Property values by name, as writes set them and records hold them.</summary>
    protected static Dictionary<string, object?> Set(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
