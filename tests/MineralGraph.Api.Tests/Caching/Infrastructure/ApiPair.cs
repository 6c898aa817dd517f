using System.Security.Cryptography;
using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// Two API processes, <see cref="A"/> and <see cref="B"/>, sharing one SQLite file and one Redis
/// (MINERALGRAPH_TEST_REDIS when set) under a key prefix of their own, with cache debugging on
/// and one editor key (<see cref="EditorKey"/>, configured by its SHA-256 as a deployment does),
/// as two instances behind a load balancer. <see cref="OpenStore"/> reaches the same file from
/// the test, for writes made outside both.
/// </summary>
public sealed class ApiPair : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineralgraph-pair-{Guid.NewGuid():N}.db");
    public const string EditorKey = "mg-pair-editor-9c4e7a1b3d5f";

    private readonly string _keyPrefix = $"pair-{Guid.NewGuid():N}:";

    public RedisServer Redis { get; private set; } = null!;

    public ApiProcess A { get; private set; } = null!;

    public ApiProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.SharedAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Cache:Redis"] = Redis.Configuration,
            ["Cache:KeyPrefix"] = _keyPrefix,
            ["Cache:Debug"] = "true",
            ["Auth:ApiKeys:0:Name"] = "pair-editor",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EditorKey))),
        };

        // A seeds the empty file; B starts once A answers, on the seeded file.
        A = await ApiProcess.StartAsync(_databasePath, settings);
        B = await ApiProcess.StartAsync(_databasePath, settings);
    }

    /// <summary>
    /// Runs a request and waits until the entry it caused is in Redis: an instance answers as
    /// soon as it has the result and writes to Redis right after, so another instance asking at
    /// once may still miss.
    /// </summary>
    public async Task<T> AndWaitForRedisAsync<T>(Func<Task<T>> request)
    {
        var before = await Redis.KeyCountAsync(_keyPrefix);
        var result = await request();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await Redis.KeyCountAsync(_keyPrefix) == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return result;
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
}
