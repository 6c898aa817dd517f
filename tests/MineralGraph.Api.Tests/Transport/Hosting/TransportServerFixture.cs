namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>
/// One server per test class, configured like a production deployment that serves one
/// cross-origin frontend.
/// </summary>
public sealed class TransportServerFixture : IAsyncLifetime
{
    public const string FrontendOrigin = "https://app.mineralgraph.example";

    private TransportTestServer? _server;

    public TransportTestServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await TransportTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Http:AllowedOrigins:0"] = FrontendOrigin,
            ["GraphQL:Http:ExposedHeaders:0"] = "X-Request-Id",
            ["GraphQL:Http:AllowedHeaders:0"] = "X-Client-Build",
        });
        Client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
