using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// What the Subscription fields deliver, seen through the graphql-ws client: each committed
/// change once, in revision order, filtered as asked; deletions with what identified them; one
/// REQUERY for a bulk change; a replay from afterRevision; and one execution shared by clients
/// of the same document.
/// </summary>
public sealed class LiveEventTests(LiveApiServer server) : IClassFixture<LiveApiServer>
{
    private const string Source = "source:inn-ree-producers-2024";

    [Fact]
    public async Task DetachingDelete_NodeAndEachOfItsRelationshipsArriveAsDeleted_WithTheirLabelTypeAndEnds()
    {
        var created = await server.Editor().QueryAsync($"mutation {{ createMine(input: {{ name: \"Live Deletion\", status: CLOSED, sources: [\"{Source}\"] }}) {{ id }} }}");
        var id = created.DataWithoutErrors()["createMine"]!["id"]!.GetValue<string>();
        await server.Editor().QueryAsync($"mutation {{ createLocatedIn(from: \"{id}\", to: \"country:au\", input: {{ sources: [\"{Source}\"] }}) {{ key }} }}");
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest(
        [
            new LiveOperation("subscription($ids: [ID!]) { nodeChanged(ids: $ids) { revision kind id label node { id } } }", new { ids = new[] { id } }),
            new LiveOperation("subscription($ids: [ID!]) { relationshipChanged(touching: $ids) { revision kind key type startId endId relationship { key } } }", new { ids = new[] { id } }),
        ], Count: 2));
        await watch.WaitForAsync(2);

        (await server.Editor().QueryAsync($"mutation {{ deleteNode(id: \"{id}\", detach: true) {{ id }} }}")).DataWithoutErrors();
        var lines = await client.ReadToEndAsync();

        var node = Payload(lines, 0)["nodeChanged"]!;
        var relationship = Payload(lines, 1)["relationshipChanged"]!;
        Assert.Equal(("DELETED", id, "Mine"), (Text(node["kind"]), Text(node["id"]), Text(node["label"])));
        Assert.Null(node["node"]);
        Assert.Equal(("DELETED", $"{id}|LOCATED_IN|country:au", "LOCATED_IN", id, "country:au"), (Text(relationship["kind"]), Text(relationship["key"]), Text(relationship["type"]), Text(relationship["startId"]), Text(relationship["endId"])));
        Assert.Null(relationship["relationship"]);
        Assert.Equal(node["revision"]!.GetValue<long>(), relationship["revision"]!.GetValue<long>());
    }

    [Fact]
    public async Task CreatedRelationship_ArrivesWithItsTypedPropertiesAndEnds_AndWritesOfOtherTypesDoNot()
    {
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(
            "subscription { relationshipChanged(types: [OWNS]) { kind type relationship { key start { name } end { name } ... on Owns { stakePct } } } }"));
        await watch.WaitForAsync(1);

        await server.Editor().QueryAsync($"mutation {{ updateCountry(id: \"country:my\", set: {{ region: \"South-East Asia\" }}) {{ id }} }}");
        await server.Editor().QueryAsync($"mutation {{ createOwns(from: \"company:lynas\", to: \"mine:mount-weld\", input: {{ sources: [\"{Source}\"], stakePct: 12.5 }}) {{ key }} }}");
        var lines = await client.ReadToEndAsync();

        var change = Payload(lines, 0)["relationshipChanged"]!;
        var ends = await server.Store.GetNodesAsync(["company:lynas", "mine:mount-weld"], CancellationToken.None);
        Assert.Equal(("CREATED", "OWNS"), (Text(change["kind"]), Text(change["type"])));
        Assert.Equal(("company:lynas|OWNS|mine:mount-weld", ends["company:lynas"].Name, ends["mine:mount-weld"].Name, 12.5),
            (Text(change["relationship"]!["key"]), Text(change["relationship"]!["start"]!["name"]), Text(change["relationship"]!["end"]!["name"]), change["relationship"]!["stakePct"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Import_IsOneRequeryEvent_NotAnEventPerNode()
    {
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest(
        [
            new LiveOperation("subscription { revisionChanged { revision requery nodes { id } relationships { key } } }"),
            new LiveOperation("subscription { nodeChanged(labels: [Company]) { revision kind id node { id } } }"),
        ], Count: 2));
        await watch.WaitForAsync(2);

        var nodes = Enumerable.Range(1, 50).Select(i => new NodeRecord($"company:imported-{i}", "Company", new Dictionary<string, object?> { ["name"] = $"Imported {i}", ["sources"] = new[] { Source } })).ToList();
        await server.Store.ImportAsync(new GraphDataset(nodes, []), CancellationToken.None);
        var revision = await server.Store.GetRevisionAsync(CancellationToken.None);
        var lines = await client.ReadToEndAsync();

        var revisionChange = Payload(lines, 0)["revisionChanged"]!;
        var nodeChange = Payload(lines, 1)["nodeChanged"]!;
        Assert.Equal((revision, true, 0, 0), (revisionChange["revision"]!.GetValue<long>(), revisionChange["requery"]!.GetValue<bool>(), revisionChange["nodes"]!.AsArray().Count, revisionChange["relationships"]!.AsArray().Count));
        Assert.Equal((revision, "REQUERY"), (nodeChange["revision"]!.GetValue<long>(), Text(nodeChange["kind"])));
        Assert.Null(nodeChange["id"]);
        Assert.Equal(2, lines.Count(l => Text(l["event"]) == "next"));
    }

    [Fact]
    public async Task AfterRevision_ReplaysTheChangesSinceInOrder_ThenLiveOnes_EachOnce()
    {
        var before = await server.Store.GetRevisionAsync(CancellationToken.None);
        foreach (var region in new[] { "Oceania (replayed 1)", "Oceania (replayed 2)" })
        {
            (await server.Editor().QueryAsync($"mutation {{ updateCountry(id: \"country:au\", set: {{ region: \"{region}\" }}) {{ id }} }}")).DataWithoutErrors();
        }

        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(
            "subscription($after: Long) { nodeChanged(ids: [\"country:au\"], afterRevision: $after) { revision node { ... on Country { region } } } }",
            new { after = before },
            count: 3));
        await watch.WaitForAsync(1);
        (await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:au\", set: { region: \"Oceania (live)\" }) { id } }")).DataWithoutErrors();
        var lines = await client.ReadToEndAsync();

        var changes = lines.Where(l => Text(l["event"]) == "next").Select(l => l["payload"]!["data"]!["nodeChanged"]!).ToList();
        Assert.Equal(["Oceania (replayed 1)", "Oceania (replayed 2)", "Oceania (live)"], changes.Select(c => Text(c["node"]!["region"])));
        Assert.Equal(Enumerable.Range(1, 3).Select(i => before + i), changes.Select(c => c["revision"]!.GetValue<long>()));
    }

    [Fact]
    public async Task ClientsOfTheSameDocumentAndVariables_ShareOneExecution_AndGetTheSamePayload()
    {
        const string query = "subscription { nodeChanged(ids: [\"country:us\"]) { revision kind node { name } } }";
        using var executions = server.WatchExecutions();
        using var watch = server.WatchSubscriptions();
        await using var first = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(query));
        await using var second = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(query));
        await using var other = LiveClient.WebSocket(server.GraphQLUri, LiveRequest.Of(query.Replace("country:us", "country:cn", StringComparison.Ordinal)));
        await watch.WaitForAsync(3);

        var running = executions.GetMeasurementSnapshot().Sum(m => m.Value);
        (await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:us\", set: { name: \"United States of America\" }) { id } }")).DataWithoutErrors();
        var fromFirst = (await first.NextEventAsync("next"))["payload"]!.ToJsonString();
        var fromSecond = (await second.NextEventAsync("next"))["payload"]!.ToJsonString();

        Assert.Equal(2, running);
        Assert.Equal(fromFirst, fromSecond);
        Assert.Contains("United States of America", fromFirst);
    }

    [Fact]
    public async Task SubscriptionSentByHashOnly_IsRunOnceTheDocumentIsPersisted_AsOverHttp()
    {
        const string query = "subscription { nodeChanged(ids: [\"country:cn\"]) { kind node { name } } }";
        var persistedQuery = new { version = 1, sha256Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query))) };
        await using var unknown = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest([new LiveOperation("", Extensions: new { persistedQuery })]));
        var notFound = await unknown.NextEventAsync("error");

        using var watch = server.WatchSubscriptions();
        await using var persisting = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest([new LiveOperation(query, Extensions: new { persistedQuery })]));
        await watch.WaitForAsync(1);
        await using var byHash = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest([new LiveOperation("", Extensions: new { persistedQuery })]));
        await watch.WaitForAsync(2);
        (await server.Editor().QueryAsync("mutation { updateCountry(id: \"country:cn\", set: { region: \"East Asia\" }) { id } }")).DataWithoutErrors();

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Text(notFound["errors"]![0]!["extensions"]!["code"]));
        Assert.Equal("China", Text((await byHash.NextEventAsync("next"))["payload"]!["data"]!["nodeChanged"]!["node"]!["name"]));
    }

    private static JsonNode Payload(IReadOnlyList<JsonObject> lines, int operation) =>
        lines.Single(l => Text(l["event"]) == "next" && l["op"]!.GetValue<int>() == operation)["payload"]!["data"]!;

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";
}
