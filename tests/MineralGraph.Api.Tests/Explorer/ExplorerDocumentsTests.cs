using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's GraphQL documents, as its build generated them (wwwroot/explore/persisted-documents.json):
/// one or more per view, one neighbourhood per label of the model, every one trusted by the
/// server and answered within the API's limits.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed partial class ExplorerDocumentsTests(SeededApiFactory api)
{
    private static readonly string ManifestPath = Path.Combine(RepositoryPaths.Root, "api", "MineralGraph.Api", "wwwroot", "explore", "persisted-documents.json");

    private readonly HttpClient _client = api.CreateClient();

    private static Dictionary<string, string> Manifest =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ManifestPath))!;

    private static Dictionary<string, string> HashesByOperation =>
        Manifest.ToDictionary(entry => OperationName().Match(entry.Value).Groups["name"].Value, entry => entry.Key);

    [Fact]
    public void Manifest_HoldsTheDocumentsOfEveryView_AndANeighbourhoodPerLabel()
    {
        var labels = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "model.json")))!["labels"]!.AsArray().Select(label => (string)label!["name"]!);

        Assert.Equal(
            new[] { "Concentration", "GraphChanges", "MapSites", "MapSitesOfElement", "NodeDetails", "Paths", "RegulationExposure", "Regulations", "RegulationsInForce", "Search", "WhatIf" }
                .Concat(labels.Select(label => $"{label}Neighbourhood")).Order(),
            HashesByOperation.Keys.Order());
    }

    [Fact]
    public void Server_TrustsEveryDocumentOfTheExplorer()
    {
        var trusted = api.Services.GetRequiredService<PersistedDocumentStore>().Manifest;

        Assert.All(Manifest.Keys, hash => Assert.True(trusted.Contains(hash), $"The server does not trust the explorer's document {hash}."));
    }

    [Fact]
    public async Task EveryNeighbourhood_RunsByIdForANodeOfItsLabel_WithinTheApisLimits()
    {
        var hashes = HashesByOperation;
        var labels = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "model.json")))!["labels"]!.AsArray().Select(label => (string)label!["name"]!);
        foreach (var label in labels)
        {
            var id = AnyId(label);
            var variables = JsonSerializer.Serialize(new { id, first = 15 });

            using var response = await _client.GetAsync($"/graphql?documentId=sha256:{hashes[$"{label}Neighbourhood"]}&variables={Uri.EscapeDataString(variables)}");

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{label}Neighbourhood of {id}: {body.ToJsonString()}");
            Assert.Equal(id, (string?)body["data"]!["node"]!["id"]);
        }
    }

    /// <summary>The first node of a label in the seed's files (its id is the first column).</summary>
    private static string AnyId(string label) =>
        File.ReadLines(Path.Combine(RepositoryPaths.SeedData, "nodes", $"{label}.csv")).Skip(1).First().Split(',')[0];

    [GeneratedRegex(@"^(?:query|subscription) (?<name>\w+)")]
    private static partial Regex OperationName();
}
