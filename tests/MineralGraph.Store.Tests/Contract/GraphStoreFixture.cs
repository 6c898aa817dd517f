namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The adapter under test: one store loaded with <see cref="TestGraph.Dataset"/>, shared by the
/// tests of one class, and fresh empty stores for the tests that write.
/// </summary>
public abstract class GraphStoreFixture : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The store holding <see cref="TestGraph.Dataset"/>; tests read it and never change it.</summary>
    public IGraphStore Store => _store ?? throw new InvalidOperationException("The store fixture has not been initialized.");

    /// <summary>A new store without schema or data, isolated from every other store of the fixture.</summary>
    public abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        var store = await CreateStoreAsync();
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        _store = store;
    }

    /// <summary>Removes every store the fixture created.</summary>
    public abstract Task DisposeAsync();
}
