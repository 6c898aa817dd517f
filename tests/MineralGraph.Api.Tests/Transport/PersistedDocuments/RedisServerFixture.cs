namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>One redis-server shared by the tests of a class.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("redis-server starts in InitializeAsync.");

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
