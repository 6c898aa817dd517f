using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Compression;

/// <summary>
/// ASP.NET Core's choice of Brotli or gzip, with three rules of ours: responses to requests that
/// carry credentials are not compressed; responses shorter than
/// <see cref="HttpCompressionOptions.MinimumBytes"/> are not compressed; and a compressed
/// response's strong ETag becomes weak, since the compressed bytes are another representation.
/// </summary>
/// <remarks>
/// A response to a caller with credentials may hold what only that caller may see next to text
/// the request chose (an echoed argument, an error message). Compressed, its length would let an
/// observer who can make the caller's browser send requests guess the one through the other
/// (BREACH). Anonymous responses hold nothing secret, so they are compressed.
/// </remarks>
internal sealed class BreachSafeCompressionProvider(
    IServiceProvider services,
    IOptions<ResponseCompressionOptions> compression,
    IOptions<HttpCompressionOptions> options) : ResponseCompressionProvider(services, compression)
{
    private readonly int _minimumBytes = options.Value.MinimumBytes;

    public override bool ShouldCompressResponse(HttpContext context)
    {
        var request = context.Request.Headers;
        if (request.Authorization.Count > 0 || request.ContainsKey(ApiKeyDefaults.HeaderName) || request.Cookie.Count > 0
            || context.Response.ContentLength < _minimumBytes
            || !base.ShouldCompressResponse(context))
        {
            return false;
        }

        // Called once, just before the middleware sets Content-Encoding and starts compressing.
        var headers = context.Response.Headers;
        if (EntityTagHeaderValue.TryParse(headers.ETag.ToString(), out var tag) && !tag.IsWeak)
        {
            headers.ETag = "W/" + tag.Tag;
        }

        return true;
    }
}
