using System.Text.Encodings.Web;
using MineralGraph.Api.WebAssets;

namespace MineralGraph.Api.Explorer;

/// <summary>
/// The explorer page, with versioned links to its assets and the GraphQL endpoint it reads from,
/// under whatever path base the app is hosted at.
/// </summary>
internal sealed class ExplorerPage(PageAssets assets, string pagePath, string graphQLPath)
{
    // Everything comes from this origin, and nothing runs or styles inline, with one exception:
    // Cytoscape.js adds one style element of its own, `.__________cytoscape_container { position:
    // relative; }`, allowed by its hash alone. The page sets sizes through the CSSOM, which a
    // policy does not restrict.
    private const string CytoscapeStyleHash = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    private const string ContentSecurityPolicy =
        $"default-src 'none'; script-src 'self'; style-src 'self' {CytoscapeStyleHash}; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly AssetPage _page = new(
        assets,
        pagePath,
        ContentSecurityPolicy,
        pathBase => new Dictionary<string, string> { ["endpoint"] = HtmlEncoder.Default.Encode(pathBase + graphQLPath) });

    public IResult ToResult(HttpContext context) => _page.ToResult(context);

    public IResult AssetResult(string name, HttpContext context) => _page.AssetResult(name, context);
}
