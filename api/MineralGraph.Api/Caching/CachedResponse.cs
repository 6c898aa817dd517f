using System.Buffers.Text;
using System.ComponentModel;
using System.Security.Cryptography;

namespace MineralGraph.Api.Caching;

/// <summary>
/// A successful query's response as sent: the UTF-8 JSON body, its strong ETag and its cache
/// policy. Immutable, so the in-process level hands out the same instance on every hit
/// instead of deserializing it.
/// </summary>
[ImmutableObject(true)]
public sealed class CachedResponse
{
    private int _fromRedis;

    public CachedResponse(byte[] body, CachePolicy policy)
        : this(body, policy, ETagOf(body), fromRedis: false)
    {
    }

    internal CachedResponse(byte[] body, CachePolicy policy, string etag, bool fromRedis)
    {
        Body = body;
        Policy = policy;
        ETag = etag;
        _fromRedis = fromRedis ? 1 : 0;
        // maxAge 0 still lets browsers and CDNs keep the body, but only to revalidate it with the ETag.
        var scope = policy.Scope == CacheScope.Public ? "public" : "private";
        AnonymousCacheControl = policy.MaxAge > 0 ? $"{scope}, max-age={policy.MaxAge}" : $"{scope}, no-cache";
    }

    public byte[] Body { get; }

    public CachePolicy Policy { get; }

    /// <summary>A strong validator, quoted as the header wants it: a hash of <see cref="Body"/>.</summary>
    public string ETag { get; }

    /// <summary>The <c>Cache-Control</c> value for an anonymous caller: public unless a field is private.</summary>
    public string AnonymousCacheControl { get; }

    /// <summary>
    /// True once for an instance that was read from Redis: the hit that read it is a Redis hit,
    /// later hits on the same instance come from memory. The one mutable bit, for metrics only.
    /// </summary>
    internal bool TakeRedisHit() => Volatile.Read(ref _fromRedis) == 1 && Interlocked.Exchange(ref _fromRedis, 0) == 1;

    private static string ETagOf(byte[] body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return "\"" + Base64Url.EncodeToString(hash[..18]) + "\"";
    }
}
