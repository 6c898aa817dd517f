using MineralGraph.Seed.Validation;
using MineralGraph.Store;

namespace MineralGraph.Seed.Tests.Dataset;

/// <summary>The real dataset in seed/data, read once through the seed reader, with lookups for the tests.</summary>
internal static class SeedData
{
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<Task<SeedReadResult>> Read = new(() => new SeedDatasetReader().ReadAsync(FindFolder(), CancellationToken.None));

    public static Task<SeedReadResult> ReadAsync() => Read.Value;

    public static async Task<GraphDataset> DatasetAsync()
    {
        var result = await ReadAsync();
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Dataset;
    }

    public static IEnumerable<NodeRecord> Nodes(this GraphDataset dataset, string label) => dataset.Nodes.Where(n => n.Label == label);

    public static IEnumerable<RelationshipRecord> Relationships(this GraphDataset dataset, string type) => dataset.Relationships.Where(r => r.Type == type);

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MineralGraph.sln")))
            {
                return Path.Combine(folder.FullName, "seed", "data");
            }
        }

        throw new DirectoryNotFoundException($"MineralGraph.sln was not found above {AppContext.BaseDirectory}.");
    }
}
