using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.Transport;

/// <summary>
/// A frontend team's first hour against the real API (tests/codegen/run.mjs): graphql-codegen's
/// client preset generates types from the API's URL, tsc --strict compiles them with the
/// team's operations, and Apollo Client and graphql-request query the API with them.
/// </summary>
public sealed class FrontendCodegenTests(SeededApiServerFixture api, ITestOutputHelper output) : IClassFixture<SeededApiServerFixture>
{
    [Fact]
    public async Task Codegen_FromTheApisUrl_CompilesStrictly_AndTypedClientsGetTheSeedsAnswers()
    {
        Assert.True(
            Directory.Exists(RepositoryRoot.Combine("tests", "codegen", "node_modules", "@graphql-codegen", "cli")),
            "The codegen tools are not installed: run 'npm ci --prefix tests/codegen' from the repository root (tests/run does).");

        var outcome = await NodeScript.RunAsync("tests/codegen/run.mjs", TimeSpan.FromMinutes(3), api.GraphQLUri.ToString());

        output.WriteLine(outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"A frontend step failed:\n{outcome.Output}");
        Assert.Contains("apollo-client: 17 rare earths, first Sc, Y, La", outcome.Output);
        Assert.Contains("graphql-request: MP Materials Corp. owns Mountain Pass", outcome.Output);
    }
}
