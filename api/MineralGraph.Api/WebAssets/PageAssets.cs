namespace MineralGraph.Api.WebAssets;

/// <summary>A page's HTML template and its assets by name, as <see cref="AssetPage"/> serves them.</summary>
internal sealed class PageAssets(string template, IEnumerable<FingerprintedAsset> assets)
{
    public string Template { get; } = template;

    public IReadOnlyDictionary<string, FingerprintedAsset> ByName { get; } = assets.ToDictionary(asset => asset.Name, StringComparer.Ordinal);
}
