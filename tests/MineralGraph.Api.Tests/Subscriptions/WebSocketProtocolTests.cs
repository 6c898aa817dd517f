using System.Text.Json;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Mutations;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// graphql-transport-ws as the npm graphql-ws client and a bare WebSocket see it: events of
/// committed writes with their revision, and each breach of the protocol closed or answered with
/// the code PROTOCOL.md gives.
/// </summary>
public sealed class WebSocketProtocolTests(LiveApiServer server) : IClassFixture<LiveApiServer>
{
    private const string MineChanged = "subscription Mine($ids: [ID!]) { nodeChanged(ids: $ids) { revision committedAt kind id label node { id name ... on Mine { status } } } }";

    [Fact]
    public async Task Subscription_MutationThroughHttp_EventArrivesWithTheWritesRevisionAndThePropertiesAfter()
    {
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(MineChanged, new { ids = new[] { "mine:mount-weld" } }, apiKey: WritableApiFactory.ReaderKey));
        await watch.WaitForAsync(1);

        var written = await server.Editor().QueryAsync("mutation { updateMine(id: \"mine:mount-weld\", set: { status: CARE_AND_MAINTENANCE }) { status } }");
        var revision = await server.Store.GetRevisionAsync(CancellationToken.None);
        Assert.Null(written.Errors);
        var next = await client.NextEventAsync("next");

        var change = next["payload"]!["data"]!["nodeChanged"]!;
        Assert.Equal(revision, change["revision"]!.GetValue<long>());
        Assert.Equal(("UPDATED", "mine:mount-weld", "Mine"), (Text(change["kind"]), Text(change["id"]), Text(change["label"])));
        Assert.Equal(("Mount Weld", "CARE_AND_MAINTENANCE"), (Text(change["node"]!["name"]), Text(change["node"]!["status"])));
        Assert.InRange(DateTimeOffset.Parse(Text(change["committedAt"])), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task SubscribersOfOneDocument_EachGetTheProtocolsNextMessageForItsOwnId_AroundTheSameResult()
    {
        string[] ids = ["quote\" and back\\slash", "line\nbreak\ttab <tag> & 'apostrophe'", "ünïcödé 🚀 \u0001control"];
        const string changes = "subscription { nodeChanged(ids: [\"country:cl\"]) { revision kind id node { name } } }";
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.Raw(server.GraphQLUri,
        [
            new { send = new { type = "connection_init" } },
            .. ids.Select(id => new { send = Subscribe(id, changes) }),
            new { wait = 3000 },
        ]);
        await watch.WaitForAsync(ids.Length);

        await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:cl\", set: { region: \"South America\" }) { id } }");
        var frames = (await client.ReadToEndAsync())
            .Where(l => Text(l["event"]) == "message" && Text(l["message"]!["type"]) == "next")
            .Select(l => Text(l["text"]))
            .ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), frames.Select(f => JsonNode.Parse(f)!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var payloads = frames.Select(frame =>
        {
            // The frame is {"id":<the id as a JSON string>,"type":"next","payload":<the result>} and nothing else, byte for byte.
            using var message = JsonDocument.Parse(frame);
            var id = message.RootElement.GetProperty("id");
            var payload = message.RootElement.GetProperty("payload").GetRawText();
            Assert.Equal($$"""{"id":{{id.GetRawText()}},"type":"next","payload":{{payload}}}""", frame);
            return payload;
        }).Distinct().ToList();
        var result = Assert.Single(payloads);
        var change = JsonNode.Parse(result)!["data"]!["nodeChanged"]!;
        Assert.Equal(("UPDATED", "country:cl", "Chile"), (Text(change["kind"]), Text(change["id"]), Text(change["node"]!["name"])));
    }

    [Fact]
    public async Task ConnectionInit_WithAKeyThatMatchesNothing_ClosesWith4403()
    {
        await using var client = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(MineChanged, apiKey: "not-a-key"));

        var closed = await client.NextEventAsync("closed");

        Assert.Equal(4403, closed["code"]!.GetValue<int>());
        Assert.Contains("API key", Text(closed["reason"]));
        Assert.DoesNotContain(client.Seen, line => Text(line["event"]) == "connected");
    }

    [Fact]
    public async Task NoConnectionInit_ClosesWith4408AfterTheInitTimeout()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { wait = 3000 }]);

        var closed = await client.NextEventAsync("closed");

        Assert.Equal((4408, "Connection initialisation timeout"), (closed["code"]!.GetValue<int>(), Text(closed["reason"])));
    }

    [Fact]
    public async Task Subscribe_BeforeConnectionInit_ClosesWith4401()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = Subscribe("1", "subscription { revisionChanged { revision } }") }, new { wait = 2000 }]);

        var closed = await client.NextEventAsync("closed");

        Assert.Equal((4401, "Unauthorized"), (closed["code"]!.GetValue<int>(), Text(closed["reason"])));
    }

    [Fact]
    public async Task ASecondConnectionInit_ClosesWith4429()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = new { type = "connection_init" } }, new { send = new { type = "connection_init" } }, new { wait = 2000 }]);

        var lines = await client.ReadToEndAsync();

        Assert.Equal("connection_ack", Text(lines[0]["message"]!["type"]));
        Assert.Equal((4429, "Too many initialisation requests"), (lines[^1]["code"]!.GetValue<int>(), Text(lines[^1]["reason"])));
    }

    [Fact]
    public async Task InvalidDocument_IsAnsweredWithAnErrorMessageForItsId_AndTheSocketGoesOn()
    {
        await using var client = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest(
            [new LiveOperation("subscription { nodeChanged { revision colour } }"), new LiveOperation("{ node(id: \"country:au\") { name } }")],
            Count: 1));

        var lines = await client.ReadToEndAsync();

        var error = Assert.Single(lines, line => Text(line["event"]) == "error");
        Assert.Equal(0, error["op"]!.GetValue<int>());
        Assert.Contains("colour", Text(error["errors"]![0]!["message"]));
        var next = Assert.Single(lines, line => Text(line["event"]) == "next");
        Assert.Equal((1, "Australia"), (next["op"]!.GetValue<int>(), Text(next["payload"]!["data"]!["node"]!["name"])));
        Assert.DoesNotContain(lines, line => Text(line["event"]) == "closed" && line["code"]!.GetValue<int>() != 1000);
    }

    [Fact]
    public async Task SubscriptionOverTheCostLimit_IsRefusedBeforeItRuns_AsOverHttp()
    {
        const string costly = "subscription { nodeChanged(labels: [Mine]) { node { ... on Mine { ownedBy(first: 100) { nodes { ... on Company { owns(first: 100) { nodes { ... on Mine { operatedBy(first: 100) { nodes { name } } } } } } } } } } } }";
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(costly));

        var refused = await client.NextEventAsync("error");

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", Text(refused["errors"]![0]!["extensions"]!["code"]));
        Assert.Equal(0, watch.Started);
    }

    [Fact]
    public async Task CompleteForAnUnknownId_IsIgnored_ButSubscribeWithTheIdOfARunningOperation_ClosesWith4409()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri,
        [
            new { send = new { type = "connection_init" } },
            new { send = new { type = "complete", id = "never-started" } },
            new { send = new { type = "ping" } },
            new { send = Subscribe("a", "subscription { revisionChanged { revision } }") },
            new { send = Subscribe("a", "subscription { revisionChanged { revision } }") },
            new { wait = 2000 },
        ]);

        var lines = await client.ReadToEndAsync();

        Assert.Equal(["connection_ack", "pong"], lines.Where(l => Text(l["event"]) == "message").Select(l => Text(l["message"]!["type"])));
        Assert.Equal((4409, "Subscriber for a already exists"), (lines[^1]["code"]!.GetValue<int>(), Text(lines[^1]["reason"])));
    }

    [Fact]
    public async Task SubscriptionsBeyondTheLimitOfAConnection_TheOneOverGetsAnError_TheOthersGetEvents()
    {
        var operations = Enumerable.Range(0, LiveApiFactory.MaxSubscriptionsPerConnection + 1)
            .Select(i => new LiveOperation("subscription Ids($ids: [ID!]) { nodeChanged(ids: $ids) { revision id } }", new { ids = new[] { "country:my", $"unused:{i}" } }))
            .ToList();
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest(operations, Count: LiveApiFactory.MaxSubscriptionsPerConnection));
        var refused = await client.NextEventAsync("error");
        await watch.WaitForAsync(LiveApiFactory.MaxSubscriptionsPerConnection);

        await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:my\", set: { region: \"Southeast Asia\" }) { id } }");
        var lines = await client.ReadToEndAsync();

        // The client sends its subscribe messages in order; the server takes them in order, so the last is the one over.
        Assert.Equal((LiveApiFactory.MaxSubscriptionsPerConnection, "SUBSCRIPTION_LIMIT_EXCEEDED"), (refused["op"]!.GetValue<int>(), Text(refused["errors"]![0]!["extensions"]!["code"])));
        Assert.Equal(Enumerable.Range(0, LiveApiFactory.MaxSubscriptionsPerConnection), lines.Where(l => Text(l["event"]) == "next").Select(l => l["op"]!.GetValue<int>()).Order());
    }

    [Theory]
    [InlineData("text", "not json at all", "not JSON")]
    [InlineData("text", "{\"type\": \"next\", \"id\": \"1\", \"payload\": {}}", "'next'")]
    [InlineData("text", "{\"id\": \"1\"}", "'type'")]
    [InlineData("binary", "{\"type\": \"ping\"}", "Binary")]
    public async Task MessageOfNoTypeOrShapeOfTheProtocol_ClosesWith4400(string kind, string message, string reasonMentions)
    {
        object send = kind == "binary" ? new { sendBinary = message } : new { sendText = message };
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = new { type = "connection_init" } }, send, new { wait = 2000 }]);

        var closed = await client.NextEventAsync("closed");

        Assert.Equal(4400, closed["code"]!.GetValue<int>());
        Assert.Contains(reasonMentions, Text(closed["reason"]));
    }

    [Fact]
    public async Task MessageLargerThanTheLimit_ClosesWith1009()
    {
        var query = "{ node(id: \"" + new string('x', LiveApiFactory.MaxMessageBytes) + "\") { id } }";
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = new { type = "connection_init" } }, new { send = Subscribe("big", query) }, new { wait = 2000 }]);

        var closed = await client.NextEventAsync("closed");

        Assert.Equal(1009, closed["code"]!.GetValue<int>());
        Assert.Contains($"{LiveApiFactory.MaxMessageBytes} bytes", Text(closed["reason"]));
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPongCarryingItsPayload()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = new { type = "ping", payload = new { sent = 42 } } }, new { wait = 500 }]);

        var message = (await client.NextEventAsync("message"))["message"]!;

        Assert.Equal(("pong", 42), (Text(message["type"]), message["payload"]!["sent"]!.GetValue<int>()));
    }

    [Fact]
    public async Task SocketThatAsksForNoSubprotocol_ClosesWith4406()
    {
        await using var client = LiveClient.Raw(server.GraphQLUri, [new { send = new { type = "connection_init" } }, new { wait = 1000 }], protocol: "");

        var closed = await client.NextEventAsync("closed");

        Assert.Equal(4406, closed["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task QueryAndMutationOverTheSocket_EachAnswerOnceThenComplete_AndAMutationNeedsTheEditorKeyInConnectionInit()
    {
        const string mutation = "mutation { updateCountry(id: \"country:au\", set: { region: \"Oceania\" }) { id region } }";
        await using var editor = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest([new LiveOperation("{ node(id: \"country:us\") { name } }"), new LiveOperation(mutation)], Count: 2, ApiKey: WritableApiFactory.EditorKey));
        await using var anonymous = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest([new LiveOperation(mutation)], Count: 1));

        var edited = await editor.ReadToEndAsync();
        var refused = await anonymous.ReadToEndAsync();

        Assert.Equal("United States", Text(edited.Single(l => Text(l["event"]) == "next" && l["op"]!.GetValue<int>() == 0)["payload"]!["data"]!["node"]!["name"]));
        Assert.Equal("Oceania", Text(edited.Single(l => Text(l["event"]) == "next" && l["op"]!.GetValue<int>() == 1)["payload"]!["data"]!["updateCountry"]!["region"]));
        Assert.Equal(2, edited.Count(l => Text(l["event"]) == "complete"));
        Assert.Equal("UNAUTHENTICATED", Text(refused.Single(l => Text(l["event"]) == "error")["errors"]![0]!["extensions"]!["code"]));
    }

    private static object Subscribe(string id, string query) => new { type = "subscribe", id, payload = new { query } };

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";
}
