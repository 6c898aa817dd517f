using System.Text.Encodings.Web;
using System.Text.Json;
using MineralGraph.Api.WebAssets;

namespace MineralGraph.Api.GraphiQL;

/// <summary>
/// The GraphiQL page, with versioned links to its assets and to the GraphQL endpoint, under
/// whatever path base the app is hosted at.
/// </summary>
internal sealed class GraphiQLPage(GraphiQLAssets assets, string pagePath, string graphQLPath)
{
    // Everything comes from this origin; React and GraphiQL set inline styles, nothing else inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly AssetPage _page = new(
        assets.Page,
        pagePath,
        ContentSecurityPolicy,
        pathBase => new Dictionary<string, string>
        {
            ["endpoint"] = HtmlEncoder.Default.Encode(pathBase + graphQLPath),
            // The default encoder escapes '<', '>' and '&', so no example can end the script element that holds them.
            ["examples"] = JsonSerializer.Serialize(assets.Examples),
        });

    public IResult ToResult(HttpContext context) => _page.ToResult(context);

    public IResult AssetResult(string name, HttpContext context) => _page.AssetResult(name, context);
}
