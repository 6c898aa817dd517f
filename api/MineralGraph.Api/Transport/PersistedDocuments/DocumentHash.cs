using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// A document's identity in every persisted-document protocol: the SHA-256 of its exact UTF-8
/// text, in lowercase hexadecimal.
/// </summary>
internal static class DocumentHash
{
    public const int Length = 64;

    /// <summary>The GraphQL-over-HTTP spec's prefix for a SHA-256 <c>documentId</c>.</summary>
    public const string DocumentIdPrefix = "sha256:";

    public static string Compute(string document)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(document.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(document, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static bool IsValid(string? hash) =>
        hash is { Length: Length } && hash.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;
}
