using System.Reflection;
using System.Text;
using Microsoft.Extensions.FileProviders;

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

    private GraphiQLAssets(IReadOnlyDictionary<string, GraphiQLAsset> byName, string pageTemplate, IReadOnlyList<string> examples)
    {
        ByName = byName;
        PageTemplate = pageTemplate;
        Examples = examples;
    }

    public IReadOnlyDictionary<string, GraphiQLAsset> ByName { get; }

    public string PageTemplate { get; }

    /// <summary>The example documents, the first of which the IDE shows on a first visit.</summary>
    public IReadOnlyList<string> Examples { get; }

    public static GraphiQLAssets Load(IFileProvider webRoot)
    {
        GraphiQLAsset[] assets =
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
            .Select(name => Encoding.UTF8.GetString(ReadResource(name[ResourcePrefix.Length..])))
            .ToList();
        if (examples.Count == 0)
        {
            throw new InvalidOperationException("GraphiQL has no example queries: check that GraphiQL/GraphiQL.targets embeds GraphiQL/Examples/*.graphql.");
        }

        return new GraphiQLAssets(
            assets.ToDictionary(asset => asset.Name, StringComparer.Ordinal),
            Encoding.UTF8.GetString(ReadResource("graphiql.html")),
            examples);
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
        var name = ResourcePrefix + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing: check GraphiQL/GraphiQL.targets.");
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }
}
