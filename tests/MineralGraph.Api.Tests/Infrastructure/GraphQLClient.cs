using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a frontend does and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }
}

public sealed record GraphQLResponse(int Status, JsonObject Body)
{
    public JsonNode Data => Body["data"] ?? throw new InvalidOperationException($"No data in {Body.ToJsonString()}");

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public IReadOnlyList<string> ErrorCodes =>
        Errors?.Select(e => e!["extensions"]?["code"]?.GetValue<string>() ?? "").ToList() ?? [];

    public JsonNode DataWithoutErrors()
    {
        Assert.True(Errors is null, $"Unexpected errors: {Errors?.ToJsonString()}");
        return Data;
    }

    public static IReadOnlyList<string> Ids(JsonNode? connection) =>
        connection!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
