using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.WebAssets;

/// <summary>
/// One script, stylesheet or data file of a page this API serves (GraphiQL, the explorer), held in
/// memory with its gzip form and a content fingerprint: the page links it as <c>?v=fingerprint</c>,
/// so it can be cached for a year.
/// </summary>
internal sealed class FingerprintedAsset
{
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private readonly byte[] _content;
    private readonly byte[] _gzipContent;
    private readonly EntityTagHeaderValue _entityTag;
    private readonly EntityTagHeaderValue _gzipEntityTag;

    public FingerprintedAsset(string name, string contentType, byte[] content)
    {
        Name = name;
        ContentType = contentType;
        _content = content;
        _gzipContent = Gzip(content);
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        _entityTag = new EntityTagHeaderValue($"\"{Fingerprint}\"");
        _gzipEntityTag = new EntityTagHeaderValue($"\"{Fingerprint}-gzip\"");
    }

    public string Name { get; }

    public string ContentType { get; }

    public string Fingerprint { get; }

    public IResult ToResult(HttpContext context)
    {
        var headers = context.Response.Headers;
        // An unversioned URL may change meaning with the next deployment, so it is revalidated.
        headers.CacheControl = context.Request.Query["v"] == Fingerprint ? ImmutableCacheControl : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);

        if (AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(_gzipContent, ContentType, entityTag: _gzipEntityTag);
        }

        return TypedResults.Bytes(_content, ContentType, entityTag: _entityTag);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings)
        && encodings.Any(encoding => encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && encoding.Quality is not 0);

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return compressed.ToArray();
    }
}
