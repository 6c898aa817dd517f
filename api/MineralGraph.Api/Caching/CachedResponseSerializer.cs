using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Writes a <see cref="CachedResponse"/> for Redis as a version byte, the policy, the ETag and
/// the body, so a hit from Redis needs no JSON work and no hashing.
/// </summary>
internal sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    /// <summary>The layout's version; response keys carry it, so another layout is never read.</summary>
    public const byte Version = 1;
    private const int HeaderLength = 1 + sizeof(int) + 1 + 1;

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        var etagLength = Encoding.ASCII.GetByteCount(value.ETag);
        var span = target.GetSpan(HeaderLength + etagLength);
        span[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value.Policy.MaxAge);
        span[5] = (byte)value.Policy.Scope;
        span[6] = (byte)etagLength;
        Encoding.ASCII.GetBytes(value.ETag, span[HeaderLength..]);
        target.Advance(HeaderLength + etagLength);
        target.Write(value.Body);
    }

    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new SequenceReader<byte>(source);
        if (!reader.TryRead(out var version) || version != Version
            || !reader.TryReadLittleEndian(out int maxAge)
            || !reader.TryRead(out var scope)
            || !reader.TryRead(out var etagLength)
            || reader.Remaining < etagLength)
        {
            throw new InvalidDataException("The cached response is not in the layout this version writes.");
        }

        var etag = Encoding.ASCII.GetString(source.Slice(reader.Position, etagLength));
        reader.Advance(etagLength);
        var body = source.Slice(reader.Position).ToArray();
        return new CachedResponse(body, new CachePolicy(maxAge, (CacheScope)scope), etag, fromRedis: true);
    }
}
