using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Reads what the Knowledge tests ask of the seeded API: one node, its edges and their sources.</summary>
internal static class KnowledgeQuestions
{
    public static async Task<JsonNode> NodeAsync(this GraphQLClient client, string id, string selection)
    {
        var response = await client.QueryAsync($$"""query($id: ID!) { node(id: $id) { id {{selection}} } }""", new { id });
        return response.DataWithoutErrors()["node"] ?? throw new InvalidOperationException($"{id} was not found");
    }

    public static List<JsonNode> Edges(this JsonNode node, string field) => node[field]!["edges"]!.AsArray().Select(e => e!).ToList();

    public static JsonNode EdgeTo(this JsonNode node, string field, string id) =>
        Assert.Single(node.Edges(field), e => e["node"]!["id"]!.GetValue<string>() == id);

    public static List<string> EdgeIds(this JsonNode node, string field) => node.Edges(field).Select(e => e["node"]!["id"]!.GetValue<string>()).ToList();

    public static List<string> SourceIds(this JsonNode withSources) => withSources["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

    public static string Text(this JsonNode node, string field) => node[field]!.GetValue<string>();

    public static double Number(this JsonNode node, string field) => node[field]!.GetValue<double>();
}
