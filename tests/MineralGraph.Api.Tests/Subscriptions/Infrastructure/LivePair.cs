using System.Net.Http.Headers;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>
/// Two API processes on one SQLite file; with <see cref="ApiProcessPair.Redis"/> a dedicated
/// redis-server (the tests stop and start it), or none. While Redis delivers, B checks the
/// revision only every ten minutes, so a change that reaches B within seconds came over pub/sub;
/// without Redis, or while it is down, B polls every 200 ms.
/// </summary>
public abstract class LivePair(bool withRedis) : ApiProcessPair
{
    private readonly string _keyPrefix = $"live-{Guid.NewGuid():N}:";

    /// <summary>The Redis channel the instances exchange changes on.</summary>
    public string Channel => _keyPrefix + "changes";

    public static Uri GraphQLUri(ApiProcess api) => new(api.BaseAddress, "graphql");

    /// <summary>A GraphQL-over-HTTP client of the instance with the editor key.</summary>
    public static GraphQLClient Editor(ApiProcess api)
    {
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.EditorKey);
        return new GraphQLClient(http);
    }

    /// <summary>Waits until a log line of the instance contains the text.</summary>
    public static async Task WaitForLogAsync(ApiProcess api, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!api.LogLines.Any(line => line.Contains(text, StringComparison.Ordinal)))
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

    protected override async Task<IReadOnlyDictionary<string, string?>> PrepareAsync()
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

        return settings;
    }
}
