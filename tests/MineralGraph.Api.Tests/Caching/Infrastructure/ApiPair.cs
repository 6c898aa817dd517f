using System.Security.Cryptography;
using System.Text;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// Two API processes sharing one SQLite file and one Redis (MINERALGRAPH_TEST_REDIS when set)
/// under a key prefix of their own, with cache debugging on and one editor key
/// (<see cref="EditorKey"/>, configured by its SHA-256 as a deployment does).
/// </summary>
public sealed class ApiPair : ApiProcessPair
{
    public const string EditorKey = "mg-pair-editor-9c4e7a1b3d5f";

    private readonly string _keyPrefix = $"pair-{Guid.NewGuid():N}:";

    public new RedisServer Redis => base.Redis!;

    protected override async Task<IReadOnlyDictionary<string, string?>> PrepareAsync()
    {
        base.Redis = await RedisServer.SharedAsync();
        return new Dictionary<string, string?>
        {
            ["Cache:Redis"] = Redis.Configuration,
            ["Cache:KeyPrefix"] = _keyPrefix,
            ["Cache:Debug"] = "true",
            ["Auth:ApiKeys:0:Name"] = "pair-editor",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EditorKey))),
        };
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
}
