using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>The transport test server with persisted-documents settings of its own, one per test class.</summary>
public abstract class PersistedDocumentsServerFixture : IAsyncLifetime
{
    private TransportTestServer? _server;

    public TransportTestServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public HttpClient Client { get; private set; } = null!;

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        _server = await TransportTestServer.StartAsync(Settings);
        Client = _server.CreateClient();
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
