using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.Transport;

/// <summary>The graphql-http server audits, the GraphQL-over-HTTP spec's own conformance check.</summary>
public sealed class GraphQLHttpAuditTests(TransportServerFixture fixture, SeededApiServerFixture api, ITestOutputHelper output)
    : IClassFixture<TransportServerFixture>, IClassFixture<SeededApiServerFixture>
{
    private const string Script = "tests/audit/graphql-http-audit.mjs";

    [Fact]
    public Task Audit_AgainstTheTransportOnATestSchema_PassesEveryAuditWithoutWarnings() =>
        AssertAuditPassesAsync(fixture.Server.GraphQLUri);

    [Fact]
    public Task Audit_AgainstTheRealApi_PassesEveryAuditWithoutWarnings() =>
        AssertAuditPassesAsync(api.GraphQLUri);

    private async Task AssertAuditPassesAsync(Uri endpoint)
    {
        Assert.True(
            Directory.Exists(RepositoryRoot.Combine("tests", "audit", "node_modules", "graphql-http")),
            "The graphql-http audit is not installed: run 'npm ci --prefix tests/audit' from the repository root.");

        var outcome = await NodeScript.RunAsync(Script, TimeSpan.FromMinutes(2), endpoint.ToString());

        output.WriteLine(outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"The audit failed (exit code {outcome.ExitCode}):\n{outcome.Output}");
        Assert.Matches(@"summary: \d+ passed, 0 warnings, 0 errors, 0 notices of \d+ audits", outcome.Output);
    }
}
