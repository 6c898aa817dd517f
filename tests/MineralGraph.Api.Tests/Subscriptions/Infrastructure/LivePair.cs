using System.Net.Http.Headers;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;
using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>
/// Two API processes, <see cref="A"/> and <see cref="B"/>, on one SQLite file, as instances behind
/// a load balancer; with <see cref="Redis"/> a dedicated redis-server (the tests stop and start it),
/// or none. While Redis delivers, B checks the revision only every ten minutes, so a change that
/// reaches B within seconds came over pub/sub; without Redis, or while it is down, B polls every
/// 200 ms.
/// </summary>
public abstract class LivePair(bool withRedis) : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineralgraph-live-pair-{Guid.NewGuid():N}.db");
    private readonly string _keyPrefix = $"live-{Guid.NewGuid():N}:";

    public RedisServer? Redis { get; private set; }

    /// <summary>The Redis channel the instances exchange changes on.</summary>
    public string Channel => _keyPrefix + "changes";

    public ApiProcess A { get; private set; } = null!;

    public ApiProcess B { get; private set; } = null!;

    public Uri GraphQLUri(ApiProcess api) => new(api.BaseAddress, "graphql");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "pair-editor",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = WritableApiFactory.Sha256Hex(WritableApiFactory.EditorKey),
            ["Cache:KeyPrefix"] = _keyPrefix,
            ["GraphQL:Subscriptions:Delivery:PollInterval"] = "00:00:00.200",
            ["GraphQL:Subscriptions:Delivery:ReconcileInterval"] = "00:10:00",
        };
        if (withRedis)
        {
            Redis = await RedisServer.StartDedicatedAsync();
            settings["Cache:Redis"] = Redis.Configuration;
        }

        // A seeds the empty file; B starts once A answers, on the seeded file.
        A = await ApiProcess.StartAsync(_databasePath, settings);
        B = await ApiProcess.StartAsync(_databasePath, settings);
    }

    public IGraphStore OpenStore() => new SqliteGraphStore(new SqliteStoreOptions { Path = _databasePath }, GraphModel.Default);

    /// <summary>A GraphQL-over-HTTP client of the instance with the editor key.</summary>
    public GraphQLClient Editor(ApiProcess api)
    {
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.EditorKey);
        return new GraphQLClient(http);
    }

    /// <summary>Waits until a log line of the instance contains the text.</summary>
    public static async Task WaitForLogAsync(ApiProcess api, string text, int occurrences = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (api.LogLines.Count(line => line.Contains(text, StringComparison.Ordinal)) < occurrences)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log line with '{text}' within 30 s:\n{string.Join('\n', api.LogLines)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until both instances are subscribed to the Redis channel.</summary>
    public async Task WaitForBothSubscribedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Redis!.ChannelSubscribersAsync(Channel) < 2)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Both instances were not subscribed to {Channel} within 30 s.");
            }

            await Task.Delay(50);
        }
    }

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
