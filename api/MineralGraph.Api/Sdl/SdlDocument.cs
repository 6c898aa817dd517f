using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Sdl;

/// <summary>
/// The schema printed as SDL once, with a strong ETag of its bytes: the schema changes only with a
/// deployment, so a client revalidates on each use (<c>no-cache</c>) and usually gets a 304.
/// </summary>
internal sealed class SdlDocument
{
    private const string ContentType = "text/plain; charset=utf-8";

    private readonly byte[] _content;
    private readonly EntityTagHeaderValue _entityTag;

    public SdlDocument(string sdl)
    {
        _content = Encoding.UTF8.GetBytes(sdl);
        _entityTag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(_content))[..16]}\"");
    }

    public IResult ToResult(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "public, no-cache";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(_content, ContentType, entityTag: _entityTag);
    }
}
