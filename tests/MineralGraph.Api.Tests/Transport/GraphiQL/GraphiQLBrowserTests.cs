using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.Transport.GraphiQL;

/// <summary>
/// A person's first minutes in the real API's GraphiQL, in Debian's Chromium driven by
/// playwright-core (tests/browser/graphiql.mjs): open the API's root, read the Query type in the
/// docs explorer, run the example, get a field offered while typing. Only the API's own origin is
/// reachable. Screenshots of each step are kept in tests/artifacts/graphiql.
/// </summary>
public sealed class GraphiQLBrowserTests(SeededApiServerFixture api, ITestOutputHelper output) : IClassFixture<SeededApiServerFixture>
{
    private const string Script = "tests/browser/graphiql.mjs";

    [Fact]
    public async Task FirstVisit_OpensTheExample_DocumentsTheSchema_RunsTheExample_AndCompletesFields_FromItsOwnOriginOnly()
    {
        Assert.True(
            Directory.Exists(RepositoryRoot.Combine("tests", "browser", "node_modules", "playwright-core")),
            "playwright-core is not installed: run 'npm ci --prefix tests/browser' from the repository root (tests/run does).");

        var outcome = await NodeScript.RunAsync(Script, TimeSpan.FromMinutes(2), api.BaseAddress.ToString(), RepositoryRoot.Combine("tests", "artifacts", "graphiql"));

        output.WriteLine(outcome.Output);
        var report = JsonNode.Parse(outcome.Output[outcome.Output.IndexOf('{')..])!.AsObject();
        Assert.True(outcome.ExitCode == 0, $"The browser could not finish: {report["failure"]}");
        Assert.Equal(new Uri(api.BaseAddress, "graphiql").ToString(), (string?)report["url"]);
        Assert.Equal("MineralGraph · GraphiQL", (string?)report["title"]);
        Assert.Equal(["RareEarthExportControls", "CobaltConcentration", "Search"], Strings(report["tabs"]));
        Assert.Contains("query RareEarthExportControls", (string?)report["query"]);
        Assert.Contains("concentration", Strings(report["docsQueryFields"]));
        Assert.Contains("regulations", Strings(report["docsQueryFields"]));
        Assert.Contains("Dysprosium", (string?)report["result"]);
        Assert.DoesNotContain("\"errors\"", (string?)report["result"]);
        Assert.Contains("concentration", Strings(report["autocomplete"]));
        Assert.Empty(Strings(report["consoleErrors"]));
        Assert.Empty(Strings(report["pageErrors"]));
        Assert.Empty(Strings(report["offOriginRequests"]));
        Assert.All(Strings(report["screenshots"]), path => Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or blank."));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];
}
