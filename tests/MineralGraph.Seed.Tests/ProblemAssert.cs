using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Tests;

internal static class ProblemAssert
{
    /// <summary>The result holds exactly one problem, at this place, whose message contains every fragment.</summary>
    public static SeedProblem Single(SeedReadResult result, string file, int line, string? column, params string[] fragments)
    {
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        AssertAt(problem, file, line, column, fragments);
        return problem;
    }

    /// <summary>Some problem is at this place and its message contains every fragment.</summary>
    public static void Contains(SeedReadResult result, string file, int line, string? column, params string[] fragments)
    {
        var match = result.Problems.FirstOrDefault(p => p.File == file && p.Line == line && p.Column == column);
        Assert.True(match is not null, $"No problem at {file}:{line} [{column}]. Problems:\n{string.Join("\n", result.Problems)}");
        AssertAt(match, file, line, column, fragments);
    }

    private static void AssertAt(SeedProblem problem, string file, int line, string? column, string[] fragments)
    {
        Assert.Equal((file, line, column), (problem.File, problem.Line, problem.Column));
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        }
    }
}
