using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Tests.Dataset;

/// <summary>seed/data passes every check that <c>seed validate</c> runs.</summary>
public sealed class SeedDataValidationTests
{
    [Fact]
    public async Task SeedData_ReadsWithoutProblems()
    {
        var result = await SeedData.ReadAsync();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public async Task SeedData_PassesTheIntegrityCheckWithoutProblemsOrWarnings()
    {
        var integrity = DatasetIntegrityCheck.Check(await SeedData.DatasetAsync());

        Assert.True(integrity.IsClean, string.Join("\n", integrity.Problems));
        Assert.Empty(integrity.Warnings);
    }

    [Fact]
    public void SeedData_HasNoPendingFolder()
    {
        Assert.False(Directory.Exists(Path.Combine(SeedData.Folder, "pending")), "seed/data/pending is not loaded; move its rows into relationships/ through build_dataset.py");
    }
}
