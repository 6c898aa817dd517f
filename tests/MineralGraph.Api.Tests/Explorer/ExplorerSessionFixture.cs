using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Transport.Hosting;
using MineralGraph.Api.Tests.Transport.PersistedDocuments;

namespace MineralGraph.Api.Tests.Explorer;

/// <summary>
/// The real API over the seed graph on Kestrel, run as a production deployment that accepts only
/// trusted documents (its configured manifest is a client's, holding <see cref="SitesQuery"/> and
/// <see cref="RenameMutation"/>; the explorer's own documents are added to it), and one
/// researcher's session in the explorer against it, in Debian's Chromium
/// (tests/browser/explorer.mjs), whose report the tests read. The session ends with an editor
/// renaming a node it shows. Always SQLite: the write must not touch a shared Neo4j database.
/// </summary>
public sealed class ExplorerSessionFixture : SeededApiServerFixture
{
    /// <summary>Every mine and facility with its coordinates; the seed has fewer than 100 of each.</summary>
    public const string SitesQuery = "query ExplorerTestSites { mines(first: 100) { totalCount nodes { id latitude longitude } } facilities(first: 100) { totalCount nodes { id latitude longitude } } }";

    /// <summary>What an editor elsewhere runs while the page shows the node.</summary>
    public const string RenameMutation = "mutation ExplorerTestRename($id: ID!, $name: String!) { updateApplication(id: $id, set: { name: $name }) { id name } }";

    private const string EditorKey = "mg-explorer-test-editor-3c9e1f";
    private const string Script = "tests/browser/explorer.mjs";

    /// <summary>What the page showed, step by step, as the script reports it.</summary>
    public JsonObject Report { get; private set; } = null!;

    /// <summary>Everything the script printed, for failure messages.</summary>
    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public ExplorerSessionFixture()
        : base(new TrustedOnlyApiFactory())
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!Directory.Exists(RepositoryRoot.Combine("tests", "browser", "node_modules", "playwright-core")))
        {
            throw new InvalidOperationException("playwright-core is not installed: run 'npm ci --prefix tests/browser' from the repository root (tests/run does).");
        }

        var outcome = await NodeScript.RunAsync(Script, TimeSpan.FromMinutes(3), BaseAddress.ToString(), RepositoryRoot.Combine("tests", "artifacts", "explorer"), EditorKey, RenameMutation);
        Output = outcome.Output;
        ExitCode = outcome.ExitCode;
        try
        {
            Report = JsonNode.Parse(outcome.Output[Math.Max(0, outcome.Output.IndexOf('{'))..])!.AsObject();
        }
        catch (JsonException)
        {
            Report = new JsonObject { ["failure"] = "The script printed no JSON report." };
            ExitCode = ExitCode == 0 ? 1 : ExitCode;
        }
    }

    /// <summary>The ids of the sites with and without coordinates, from the API, through the client's trusted document.</summary>
    public async Task<(List<string> WithCoordinates, List<string> Without)> SitesAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync("graphql", new { query = SitesQuery });
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;
        var sites = data["mines"]!["nodes"]!.AsArray().Concat(data["facilities"]!["nodes"]!.AsArray()).ToList();
        Assert.Equal((int)data["mines"]!["totalCount"]! + (int)data["facilities"]!["totalCount"]!, sites.Count);
        var located = sites.ToLookup(site => site!["latitude"] is not null && site["longitude"] is not null, site => (string)site!["id"]!);
        return ([.. located[true]], [.. located[false]]);
    }

    private sealed class TrustedOnlyApiFactory : SeededApiFactory
    {
        private readonly ManifestFile _manifest = ManifestFile.Codegen(SitesQuery, RenameMutation);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Store:Provider"] = "sqlite",
            ["GraphQL:PersistedDocuments:Mode"] = "TrustedOnly",
            ["GraphQL:PersistedDocuments:ManifestPath"] = _manifest.Path,
            ["Auth:ApiKeys:0:Name"] = "explorer-test-editor",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EditorKey))),
        };

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            _manifest.Dispose();
        }
    }
}
