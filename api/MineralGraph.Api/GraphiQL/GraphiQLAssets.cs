using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace MineralGraph.Api.GraphiQL;

/// <summary>
/// The GraphiQL page's assets: React, ReactDOM and GraphiQL as the build copied them from npm into
/// wwwroot/graphiql/vendor, and the page's own start script. Loaded once, at mapping time, so a
/// build that lost them fails at start rather than showing a blank page.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string VendorFolder = "graphiql/vendor";

    private GraphiQLAssets(IReadOnlyDictionary<string, GraphiQLAsset> byName, string pageTemplate)
    {
        ByName = byName;
        PageTemplate = pageTemplate;
    }

    public IReadOnlyDictionary<string, GraphiQLAsset> ByName { get; }

    public string PageTemplate { get; }

    public static GraphiQLAssets Load(IFileProvider webRoot)
    {
        GraphiQLAsset[] assets =
        [
            new("react.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "react.production.min.js")),
            new("react-dom.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "react-dom.production.min.js")),
            new("graphiql.js", "text/javascript; charset=utf-8", ReadVendorFile(webRoot, "graphiql.umd.js")),
            new("graphiql.css", "text/css; charset=utf-8", ReadVendorFile(webRoot, "graphiql.css")),
            new("start.js", "text/javascript; charset=utf-8", ReadResource("start.js")),
        ];

        return new GraphiQLAssets(
            assets.ToDictionary(asset => asset.Name, StringComparer.Ordinal),
            System.Text.Encoding.UTF8.GetString(ReadResource("graphiql.html")));
    }

    private static byte[] ReadVendorFile(IFileProvider webRoot, string fileName)
    {
        var file = webRoot.GetFileInfo($"{VendorFolder}/{fileName}");
        if (!file.Exists)
        {
            throw new FileNotFoundException(
                $"GraphiQL's asset wwwroot/{VendorFolder}/{fileName} is missing: build api/MineralGraph.Api (its build runs 'npm ci' in api/MineralGraph.Api/GraphiQL and copies the files), or do not map GraphiQL.");
        }

        using var stream = file.CreateReadStream();
        using var content = new MemoryStream((int)file.Length);
        stream.CopyTo(content);
        return content.ToArray();
    }

    private static byte[] ReadResource(string fileName)
    {
        var name = $"MineralGraph.Api.GraphiQL.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing: check GraphiQL/GraphiQL.targets.");
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }
}
