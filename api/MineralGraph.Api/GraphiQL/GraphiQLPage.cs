using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.GraphiQL;

/// <summary>
/// Renders the GraphiQL page with versioned links to its assets and to the GraphQL endpoint,
/// under whatever path base the app is hosted at.
/// </summary>
internal sealed class GraphiQLPage(GraphiQLAssets assets, string pagePath, string graphQLPath)
{
    // Everything comes from this origin; React and GraphiQL set inline styles, nothing else inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // The page only changes with the path base, which is the app's, not the caller's; so it is
    // rendered and hashed once and kept, one copy, however many times it is asked for.
    private Rendered? _last;

    public IResult ToResult(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var page = _last is { } last && last.PathBase == pathBase ? last : _last = Render(pathBase);

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Bytes(page.Content, "text/html; charset=utf-8", entityTag: page.EntityTag);
    }

    private Rendered Render(string pathBase)
    {
        var html = assets.PageTemplate
            .Replace("{{endpoint}}", HtmlEncoder.Default.Encode(pathBase + graphQLPath), StringComparison.Ordinal)
            // The default encoder escapes '<', '>' and '&', so no example can end the script element that holds them.
            .Replace("{{examples}}", JsonSerializer.Serialize(assets.Examples), StringComparison.Ordinal);
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
