using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;
using MineralGraph.Store;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>In TrustedOnly mode, the live transports run the manifest's documents, by hash or by text, and refuse every other, as GraphQL over HTTP does.</summary>
public sealed class LiveTrustedDocumentsTests(TrustedLiveApiServer server) : IClassFixture<TrustedLiveApiServer>
{
    [Fact]
    public async Task WebSocket_ManifestDocumentByHash_Runs_AndADocumentOutsideIt_IsRefused()
    {
        using var watch = server.WatchSubscriptions();
        await using var client = LiveClient.WebSocket(server.GraphQLUri, new LiveRequest(
        [
            new LiveOperation("", Extensions: new { persistedQuery = new { version = 1, sha256Hash = Sha256(TrustedLiveApiServer.Subscription) } }),
            new LiveOperation("subscription { revisionChanged { revision } }"),
        ], Count: 1));
        var refused = await client.NextEventAsync("error");
        await watch.WaitForAsync(1);

        // Mutations are not in the manifest either: the test writes through the store, as an import tool would.
        await server.Store.WriteAsync(new GraphWrite([new UpdateNode("country:my", new Dictionary<string, object?> { ["region"] = "Asia" }, [])]), CancellationToken.None);
        var next = await client.NextEventAsync("next");

        Assert.Equal((1, "QUERY_NOT_IN_SAFELIST"), (refused["op"]!.GetValue<int>(), Text(refused["errors"]![0]!["extensions"]!["code"])));
        Assert.Equal((0, "country:my"), (next["op"]!.GetValue<int>(), Text(next["payload"]!["data"]!["nodeChanged"]!["id"])));
    }

    [Fact]
    public async Task EventStream_DocumentOutsideTheManifest_IsReportedInTheStream()
    {
        await using var client = LiveClient.EventStream(server.GraphQLUri, LiveRequest.Of("subscription { revisionChanged { revision } }"));

        var next = await client.NextEventAsync("next");

        Assert.Equal("QUERY_NOT_IN_SAFELIST", Text(next["payload"]!["errors"]![0]!["extensions"]!["code"]));
    }

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";
}
