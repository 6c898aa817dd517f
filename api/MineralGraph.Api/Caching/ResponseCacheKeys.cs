using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Builds response keys: <c>r{layout}:{schema}:{revision}:{hash}</c>, where the hash covers the
/// normalized document, the operation name, the variables as canonical JSON (keys sorted) and
/// the caller's scope (<c>public</c> for anonymous callers, <c>user:{name}</c> otherwise).
/// </summary>
/// <remarks>
/// The store's revision changes with every committed write, so once a write commits every
/// process computes new keys and never reads an older response again; nothing has to be
/// invalidated, and Redis being down, slow or flushed can never make an answer stale. The
/// schema's fingerprint keeps a deployment with another schema from reading this one's entries.
/// </remarks>
internal sealed class ResponseCacheKeys
{
    // The longest revision (20 characters, "-9223372036854775808"), ':' and the padded base64 of the hash.
    private const int MaxTailLength = 20 + 1 + 44;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    private readonly string _prefix;

    public ResponseCacheKeys(ISchema schema)
    {
        schema.Initialize();
        var fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes(schema.Print()));
        _prefix = $"r{CachedResponseSerializer.Version}:{Convert.ToHexStringLower(fingerprint.AsSpan(0, 6))}:";
    }

    public string For(PreparedDocument document, PreparedOperation operation, Inputs? variables, ClaimsPrincipal? user, long revision)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        Append(buffer, document.Hash);
        Append(buffer, operation.Name);

        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        WriteCanonical(json, variables);
        json.Flush();
        buffer.Write("\n"u8);

        if (user?.Identity is { IsAuthenticated: true } identity)
        {
            buffer.Write("user:"u8);
            Append(buffer, identity.Name ?? "");
        }
        else
        {
            buffer.Write("public"u8);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);

        // Built on the stack: on a cache hit the key is the one string this method makes.
        Span<char> tail = stackalloc char[MaxTailLength];
        revision.TryFormat(tail, out var length, provider: CultureInfo.InvariantCulture);
        tail[length++] = ':';
        Convert.TryToBase64Chars(hash, tail[length..], out var hashLength);
        return string.Concat(_prefix, tail[..(length + hashLength)].TrimEnd('='));
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = (byte)'\n';
        buffer.Advance(written + 1);
    }

    private static void WriteCanonical(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool boolean:
                json.WriteBooleanValue(boolean);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case float number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case BigInteger number:
                json.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(json, map);
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteCanonical(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>> map)
    {
        var entries = map.ToArray();
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        json.WriteStartObject();
        foreach (var (key, item) in entries)
        {
            json.WritePropertyName(key);
            WriteCanonical(json, item);
        }

        json.WriteEndObject();
    }
}
