using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// Two API processes, <see cref="A"/> and <see cref="B"/>, on one SQLite file, as two instances
/// behind a load balancer, each started with the settings <see cref="PrepareAsync"/> gives (after
/// starting what they need, such as a Redis, which <see cref="DisposeAsync"/> then stops after them).
/// <see cref="OpenStore"/> reaches the same file from the test, for writes made outside both.
/// </summary>
public abstract class ApiProcessPair : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineralgraph-pair-{Guid.NewGuid():N}.db");

    public ApiProcess A { get; private set; } = null!;

    public ApiProcess B { get; private set; } = null!;

    public RedisServer? Redis { get; protected set; }

    public async Task InitializeAsync()
    {
        var settings = await PrepareAsync();

        // A seeds the empty file; B starts once A answers, on the seeded file.
        A = await ApiProcess.StartAsync(_databasePath, settings);
        B = await ApiProcess.StartAsync(_databasePath, settings);
    }

    public IGraphStore OpenStore() => new SqliteGraphStore(new SqliteStoreOptions { Path = _databasePath }, GraphModel.Default);

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    /// <summary>The settings both instances start with, once what they use is running.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> PrepareAsync();
}
