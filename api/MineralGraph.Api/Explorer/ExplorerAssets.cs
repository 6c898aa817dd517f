using System.Text;
using Microsoft.Extensions.FileProviders;
using MineralGraph.Api.WebAssets;

namespace MineralGraph.Api.Explorer;

/// <summary>
/// The explorer page's assets: the bundle, its style sheet and the map's world outline as the
/// build wrote them into wwwroot/explore, and the page template and icon embedded in the assembly.
/// Loaded once, at mapping time, so a build that lost them fails at start rather than showing a
/// blank page.
/// </summary>
internal static class ExplorerAssets
{
    public const string BuildFolder = "explore";
    public const string ManifestFile = "persisted-documents.json";
    public const string HowToBuild = "build api/MineralGraph.Api (its build runs 'npm ci' and 'node build/build.mjs' in api/MineralGraph.Api/Explorer), or do not map the explorer.";
    private const string ResourcePrefix = "MineralGraph.Api.Explorer.";

    public static PageAssets Load(IFileProvider webRoot) => new(
        Encoding.UTF8.GetString(AssetFiles.ReadResource(ResourcePrefix + "explore.html")),
        [
            new("explorer.js", "text/javascript; charset=utf-8", ReadBuilt(webRoot, "explorer.js")),
            new("explorer.css", "text/css; charset=utf-8", ReadBuilt(webRoot, "explorer.css")),
            new("countries-110m.json", "application/json", ReadBuilt(webRoot, "countries-110m.json")),
            new("favicon.svg", "image/svg+xml", AssetFiles.ReadResource(ResourcePrefix + "favicon.svg")),
        ]);

    private static byte[] ReadBuilt(IFileProvider webRoot, string fileName) =>
        AssetFiles.ReadWebRootFile(webRoot, $"{BuildFolder}/{fileName}", HowToBuild);
}
