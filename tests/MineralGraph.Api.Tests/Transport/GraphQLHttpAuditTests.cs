using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.Transport;

/// <summary>The graphql-http server audits, the GraphQL-over-HTTP spec's own conformance check.</summary>
public sealed class GraphQLHttpAuditTests(TransportServerFixture fixture, ITestOutputHelper output) : IClassFixture<TransportServerFixture>
{
    private const string Script = "tests/audit/graphql-http-audit.mjs";

    [Fact]
    public async Task Audit_AgainstARunningServer_PassesEveryAuditWithoutWarnings()
    {
        Assert.True(
            Directory.Exists(RepositoryRoot.Combine("tests", "audit", "node_modules", "graphql-http")),
            "The graphql-http audit is not installed: run 'npm ci --prefix tests/audit' from the repository root.");

        var outcome = await NodeScript.RunAsync(Script, TimeSpan.FromMinutes(2), fixture.Server.GraphQLUri.ToString());

        output.WriteLine(outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"The audit failed (exit code {outcome.ExitCode}):\n{outcome.Output}");
        Assert.Matches(@"summary: \d+ passed, 0 warnings, 0 errors, 0 notices of \d+ audits", outcome.Output);
    }
}
