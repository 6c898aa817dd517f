using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Mutations;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events as the npm graphql-sse client sees it, in distinct
/// connections mode and single connection mode, and the reservation rules as an HTTP client
/// sees them.
/// </summary>
public sealed class EventStreamTests(LiveApiServer server) : IClassFixture<LiveApiServer>
{
    private const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Subscription_MutationThroughHttp_EventArrivesWithTheWritesRevision(bool single)
    {
        var region = single ? "Oceania (single)" : "Oceania (distinct)";
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.EventStream(server.GraphQLUri, new LiveRequest(
            [new LiveOperation("subscription { nodeChanged(ids: [\"country:au\"]) { revision kind node { ... on Country { region } } } }")],
            Single: single));
        await watch.WaitForAsync(1);

        (await server.Editor().QueryAsync($"mutation {{ updateCountry(id: \"country:au\", set: {{ region: \"{region}\" }}) {{ id }} }}")).DataWithoutErrors();
        var revision = await server.Store.GetRevisionAsync(CancellationToken.None);
        var change = (await client.NextEventAsync("next"))["payload"]!["data"]!["nodeChanged"]!;

        Assert.Equal((revision, "UPDATED", region), (change["revision"]!.GetValue<long>(), Text(change["kind"]), Text(change["node"]!["region"])));
    }

    [Fact]
    public async Task DistinctMode_QueryAnswersOnceThenCompletes_AndAnInvalidDocumentIsReportedInTheStream()
    {
        await using var client = LiveClient.EventStream(server.GraphQLUri, new LiveRequest(
            [new LiveOperation("{ node(id: \"country:cn\") { name } }"), new LiveOperation("{ node(id: \"country:cn\") { colour } }")],
            Count: 2));

        var lines = await client.ReadToEndAsync();

        Assert.Equal("China", Text(Next(lines, 0)["data"]!["node"]!["name"]));
        Assert.Contains("colour", Text(Next(lines, 1)["errors"]![0]!["message"]));
        Assert.Null(Next(lines, 1)["data"]);
    }

    [Fact]
    public async Task SingleMode_QueryAndSubscriptionShareOneStream_AndAnInvalidDocumentGets400()
    {
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.EventStream(server.GraphQLUri, new LiveRequest(
        [
            new LiveOperation("subscription { nodeChanged(ids: [\"country:us\"]) { kind id } }"),
            new LiveOperation("{ node(id: \"country:us\") { name } }"),
            new LiveOperation("{ node(id: \"country:us\") { colour } }"),
        ], Count: 2, Single: true));
        await watch.WaitForAsync(1);

        (await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:us\", set: { region: \"Northern America\" }) { id } }")).DataWithoutErrors();
        await client.ReadToEndAsync();

        Assert.Equal(("UPDATED", "country:us"), (Text(Next(client.Seen, 0)["data"]!["nodeChanged"]!["kind"]), Text(Next(client.Seen, 0)["data"]!["nodeChanged"]!["id"])));
        Assert.False(string.IsNullOrEmpty(Text(Next(client.Seen, 1)["data"]!["node"]!["name"])));
        Assert.Equal(400, client.Seen.Single(l => Text(l["event"]) == "failed")["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task SingleMode_OperationsBeyondTheLimitOfAStream_AreRefusedWith429()
    {
        var operations = Enumerable.Range(0, LiveApiFactory.MaxSubscriptionsPerConnection + 1)
            .Select(i => new LiveOperation("subscription($ids: [ID!]) { nodeChanged(ids: $ids) { id } }", new { ids = new[] { $"country:x{i}" } }))
            .ToList();
        await using var client = LiveClient.EventStream(server.GraphQLUri, new LiveRequest(operations, Count: int.MaxValue, Single: true));

        var failed = await client.NextEventAsync("failed");

        Assert.Equal(429, failed["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task DistinctMode_WithAKeyThatMatchesNothing_Gets401BeforeTheStreamOpens()
    {
        await using var client = LiveClient.EventStream(server.GraphQLUri, new LiveRequest([new LiveOperation("subscription { revisionChanged { revision } }")], ApiKey: "not-a-key"));

        var failed = await client.NextEventAsync("failed");

        Assert.Equal(401, failed["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reservation_IsMadeWith201AndATextToken_ServesOneStream_AndOnlyTheKeyThatMadeIt()
    {
        using var http = new HttpClient { BaseAddress = server.GraphQLUri };
        using var reserve = new HttpRequestMessage(HttpMethod.Put, "");
        reserve.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.ReaderKey);
        using var reserved = await http.SendAsync(reserve);
        var token = await reserved.Content.ReadAsStringAsync();

        using var first = await OpenStreamAsync(http, token, WritableApiFactory.ReaderKey);
        using var second = await OpenStreamAsync(http, token, WritableApiFactory.ReaderKey);
        using var otherKey = await OpenStreamAsync(http, token, WritableApiFactory.EditorKey);

        Assert.Equal((HttpStatusCode.Created, "text/plain"), (reserved.StatusCode, reserved.Content.Headers.ContentType?.MediaType));
        Assert.Equal(43, token.Length);
        Assert.Equal((HttpStatusCode.OK, "text/event-stream"), (first.StatusCode, first.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherKey.StatusCode);
        Assert.Contains("STREAM_NOT_FOUND", await otherKey.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Preflight_FromAnAllowedOrigin_AllowsTheMethodsAndTokenHeaderOfSingleConnectionMode(string method)
    {
        using var http = new HttpClient { BaseAddress = server.GraphQLUri };
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "");
        preflight.Headers.Add("Origin", LiveApiFactory.FrontendOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,x-graphql-event-stream-token");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(method, response.Headers.GetValues("Access-Control-Allow-Methods").Single().Split(','));
        Assert.Contains(TokenHeader, response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(','), StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> OpenStreamAsync(HttpClient http, string token, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add(TokenHeader, token);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static JsonNode Next(IReadOnlyList<JsonObject> lines, int operation) =>
        lines.Single(l => Text(l["event"]) == "next" && l["op"]!.GetValue<int>() == operation)["payload"]!;

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";
}
