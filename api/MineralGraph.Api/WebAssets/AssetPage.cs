using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.WebAssets;

/// <summary>
/// An HTML page rendered from a template: <c>{{asset name}}</c> becomes the asset's versioned
/// URL and <c>{{key}}</c> a value that depends on the path base (e.g. the GraphQL endpoint),
/// under whatever path base the app is hosted at. Served with its Content-Security-Policy.
/// </summary>
internal sealed class AssetPage(
    PageAssets assets,
    string pagePath,
    string contentSecurityPolicy,
    Func<string, IReadOnlyDictionary<string, string>> values)
{
    // The page only changes with the path base, which is the app's, not the caller's; so it is
    // rendered and hashed once and kept, one copy, however many times it is asked for.
    private Rendered? _last;

    public IResult ToResult(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var page = _last is { } last && last.PathBase == pathBase ? last : _last = Render(pathBase);

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Bytes(page.Content, "text/html; charset=utf-8", entityTag: page.EntityTag);
    }

    /// <summary>Serves one of the page's assets by name, or 404.</summary>
    public IResult AssetResult(string name, HttpContext context) =>
        assets.ByName.TryGetValue(name, out var asset) ? asset.ToResult(context) : Results.NotFound();

    private Rendered Render(string pathBase)
    {
        var html = assets.Template;
        foreach (var (key, value) in values(pathBase))
        {
            html = html.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        foreach (var asset in assets.ByName.Values)
        {
            var url = $"{pathBase}{pagePath}/{asset.Name}?v={asset.Fingerprint}";
            html = html.Replace("{{" + asset.Name + "}}", HtmlEncoder.Default.Encode(url), StringComparison.Ordinal);
        }

        var content = Encoding.UTF8.GetBytes(html);
        return new Rendered(pathBase, content, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\""));
    }

    private sealed record Rendered(string PathBase, byte[] Content, EntityTagHeaderValue EntityTag);
}
