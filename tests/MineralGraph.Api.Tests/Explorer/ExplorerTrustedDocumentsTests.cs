using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Transport.PersistedDocuments;
using MineralGraph.Api.Transport.PersistedDocuments;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's documents join the server's trusted manifest: with
/// GraphQL:PersistedDocuments:Mode=TrustedOnly they run beside the client's own, and nothing else
/// does; a deployment that lost them does not start; one that refuses documents by id is warned.
/// </summary>
public sealed class ExplorerTrustedDocumentsTests
{
    private const string ClientQuery = """query ClientSearch { search(text: "cobalt", first: 1) { node { id } } }""";

    [Fact]
    public async Task TrustedOnly_TheExplorersDocumentsAndTheClientsRun_AndNoOtherDocument()
    {
        using var manifest = ManifestFile.Codegen(ClientQuery);
        await using var api = new ConfiguredApiFactory(new()
        {
            ["GraphQL:PersistedDocuments:Mode"] = "TrustedOnly",
            ["GraphQL:PersistedDocuments:ManifestPath"] = manifest.Path,
        });
        using var client = api.CreateClient();
        var search = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api", "MineralGraph.Api", "wwwroot", "explore", "persisted-documents.json")))!
            .Single(entry => entry.Value.StartsWith("query Search(", StringComparison.Ordinal)).Key;

        var explorer = await GetAsync(client, $"documentId=sha256:{search}&variables={Uri.EscapeDataString("""{"text":"neodymium","first":1}""")}");
        var own = await GetAsync(client, $"documentId=sha256:{Sha256(ClientQuery)}");
        var other = await GetAsync(client, $"query={Uri.EscapeDataString("{ search(text: \"neodymium\", first: 1) { node { id } } }")}");

        Assert.Equal("element:nd", (string?)explorer["data"]!["search"]![0]!["node"]!["id"]);
        Assert.Equal("element:co", (string?)own["data"]!["search"]![0]!["node"]!["id"]);
        Assert.Equal("QUERY_NOT_IN_SAFELIST", (string?)other["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public void Start_WhenTheExplorersManifestIsMissing_FailsNamingItAndHowToBuildIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");
        using var api = new ConfiguredApiFactory([], new BundledTrustedDocuments("the explorer", missing, "To make it, build the API."));

        var exception = Assert.ThrowsAny<Exception>(() => api.Services);

        var validation = Assert.IsType<OptionsValidationException>(exception.GetBaseException());
        Assert.Contains($"The trusted documents of the explorer at '{missing}': the file does not exist", validation.Message);
        Assert.Contains("To make it, build the API.", validation.Message);
    }

    [Fact]
    public void Start_WithPersistedDocumentsDisabled_WarnsThatTheExplorerCannotWork()
    {
        using var api = new ConfiguredApiFactory(new() { ["GraphQL:PersistedDocuments:Mode"] = "Disabled" });

        var warning = Assert.Single(api.Services.GetFakeLogCollector().GetSnapshot(), log => log.Category == "MineralGraph.Api.Explorer");

        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("The explorer at /explore sends its GraphQL documents by id, which GraphQL:PersistedDocuments:Mode=Disabled refuses, so its views will show errors: set the mode to Automatic or TrustedOnly, or do not map the explorer.", warning.Message);
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/graphql?{query}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private sealed class ConfiguredApiFactory(Dictionary<string, string?> settings, BundledTrustedDocuments? replacement = null) : SeededApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddFakeLogging();
                if (replacement is not null)
                {
                    services.RemoveAll<BundledTrustedDocuments>();
                    services.AddSingleton(replacement);
                }
            });
        }
    }
}
