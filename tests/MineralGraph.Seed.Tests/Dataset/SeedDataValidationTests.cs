using MineralGraph.Seed.Curation;
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
    public async Task SeedData_CsvsAreTheBuildOfTheCuratedFiles()
    {
        var build = await new CuratedBuild().RunAsync(SeedData.Folder, write: false, CancellationToken.None);

        Assert.True(build.IsClean, string.Join("\n", build.Problems));
        Assert.Empty(build.Warnings);
        Assert.True(build.ChangedFiles.Count == 0, $"These CSVs are not what seed/data/curated makes; run 'dotnet run --project seed -- build seed/data' and commit them: {string.Join(", ", build.ChangedFiles)}");
    }
}
