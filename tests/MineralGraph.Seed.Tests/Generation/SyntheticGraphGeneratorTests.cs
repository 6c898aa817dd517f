using MineralGraph.Seed.Generation;

namespace MineralGraph.Seed.Tests.Generation;

public sealed class SyntheticGraphGeneratorTests
{
    [Fact]
    public void Generate_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var first = SeedFolder.Empty();
        using var second = SeedFolder.Empty();

        Generate(300, first.Path, seed: 42);
        Generate(300, second.Path, seed: 42);

        var files = CsvFiles(first.Path);
        var model = GraphSchema.GraphModel.Default;
        Assert.Equal(model.Labels.Count + model.Relationships.Count, files.Count);
        Assert.Equal(files, CsvFiles(second.Path));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))),
                $"{file} differs between two runs with the same seed");
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_WriteDifferentGraphs()
    {
        using var first = SeedFolder.Empty();
        using var second = SeedFolder.Empty();

        Generate(300, first.Path, seed: 1);
        Generate(300, second.Path, seed: 2);

        Assert.NotEqual(File.ReadAllText(Path.Combine(first.Path, "nodes", "Mine.csv")), File.ReadAllText(Path.Combine(second.Path, "nodes", "Mine.csv")));
    }

    [Fact]
    public async Task Generate_Output_ValidatesCleanWithTheCountsItPrinted()
    {
        using var folder = SeedFolder.Empty();

        var summary = Generate(4_000, folder.Path, seed: 7);
        var read = await folder.ReadAsync();

        Assert.True(read.IsValid, string.Join("\n", read.Problems.Take(20)));
        Assert.Equal(4_000, read.NodesByLabel["Mine"]);
        foreach (var (label, rows) in summary.NodesByLabel)
        {
            Assert.Equal(rows, read.NodesByLabel.GetValueOrDefault(label));
        }

        foreach (var (type, rows) in summary.RelationshipsByType)
        {
            Assert.Equal(rows, read.RelationshipsByType.GetValueOrDefault(type));
        }
    }

    [Fact]
    public async Task Generate_Output_UsesEveryLabelAndRelationshipTypeOfTheModel()
    {
        using var folder = SeedFolder.Empty();

        Generate(4_000, folder.Path, seed: 3);
        var read = await folder.ReadAsync();

        Assert.All(GraphSchema.GraphModel.Default.Labels, l => Assert.True(read.NodesByLabel.GetValueOrDefault(l.Name) > 0, $"no {l.Name} nodes"));
        Assert.All(GraphSchema.GraphModel.Default.Relationships, r => Assert.True(read.RelationshipsByType.GetValueOrDefault(r.Type) > 0, $"no {r.Type} relationships"));
    }

    [Fact]
    public async Task Generate_Output_CitesSourcesOnEveryRelationshipAndEveryNodeButSources()
    {
        using var folder = SeedFolder.Empty();

        Generate(500, folder.Path, seed: 5);
        var read = await folder.ReadAsync();

        Assert.All(read.Dataset.Nodes.Where(n => n.Label != "Source"), n => Assert.True(n.Properties.ContainsKey("sources"), n.Id));
        Assert.All(read.Dataset.Relationships, r => Assert.True(r.Properties.ContainsKey("sources"), r.Key));
    }

    [Fact]
    public void Generate_IntoAFolderThatHoldsADataset_RefusesAndLeavesItAlone()
    {
        using var folder = SeedFolder.FromFixture();
        var before = File.ReadAllText(Path.Combine(folder.Path, "nodes", "Mine.csv"));

        var error = Assert.Throws<ArgumentException>(() => Generate(10, folder.Path, seed: 1));

        Assert.Contains("already holds a seed dataset", error.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder.Path, "nodes", "Mine.csv")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Generate_MineCountBelowOne_IsRefused(int mines)
    {
        using var folder = SeedFolder.Empty();

        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(mines, folder.Path, seed: 1));
    }

    private static GenerationSummary Generate(int mines, string directory, ulong seed) =>
        new SyntheticGraphGenerator().Generate(new GeneratorOptions(mines, directory, seed), CancellationToken.None);

    private static List<string> CsvFiles(string directory) =>
        [.. Directory.GetFiles(directory, "*.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal)];
}
