using System.Reflection;
using System.Text;
using Microsoft.Extensions.FileProviders;
using MineralGraph.Api.WebAssets;

namespace MineralGraph.Api.GraphiQL;

/// <summary>
/// The GraphiQL page's assets: React, ReactDOM and GraphiQL as the build copied them from npm into
/// wwwroot/graphiql/vendor, the page's own start script and icon, and the example queries the IDE opens
/// with (GraphiQL/Examples, one tab each, in file-name order). Loaded once, at mapping time, so a
/// build that lost them fails at start rather than showing a blank page.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string VendorFolder = "graphiql/vendor";
    private const string ResourcePrefix = "MineralGraph.Api.GraphiQL.";
    private const string ExamplePrefix = ResourcePrefix + "Examples.";

    private GraphiQLAssets(PageAssets page, IReadOnlyList<string> examples)
    {
        Page = page;
        Examples = examples;
    }

    public PageAssets Page { get; }

    /// <summary>The example documents, the first of which the IDE shows on a first visit.</summary>
    public IReadOnlyList<string> Examples { get; }

    public static GraphiQLAssets Load(IFileProvider webRoot)
    {
        FingerprintedAsset[] assets =
        [
            new("react.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "react.production.min.js")),
            new("react-dom.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "react-dom.production.min.js")),
            new("graphiql.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "graphiql.umd.js")),
            new("graphiql.css", "text/css; charset=utf-8", ReadVendorFile(webRoot, "graphiql.css")),
            new("start.js", "text/javascript; charset=utf-8", ReadResource("start.js")),
            new("favicon.svg", "image/svg+xml", ReadResource("favicon.svg")),
        ];

        var examples = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(name => name.StartsWith(ExamplePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Encoding.UTF8.GetString(AssetFiles.ReadResource(name)))
            .ToList();
        if (examples.Count == 0)
        {
            throw new InvalidOperationException("GraphiQL has no example queries: check that GraphiQL/GraphiQL.targets embeds GraphiQL/Examples/*.graphql.");
        }

        return new GraphiQLAssets(new PageAssets(Encoding.UTF8.GetString(ReadResource("graphiql.html")), assets), examples);
    }

    private static byte[] ReadVendorFile(IFileProvider webRoot, string fileName) =>
        AssetFiles.ReadWebRootFile(webRoot, $"{VendorFolder}/{fileName}",
            "build api/MineralGraph.Api (its build runs 'npm ci' in api/MineralGraph.Api/GraphiQL and copies the files), or do not map GraphiQL.");

    private static byte[] ReadResource(string fileName) => AssetFiles.ReadResource(ResourcePrefix + fileName);
}
