using MineralGraph.Api.Tests.Subscriptions.Infrastructure;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>Without Redis, an instance learns of another's writes by polling the store's revision, and reads them from the change log.</summary>
public sealed class PollingDeliveryTests(PollingLivePair pair) : IClassFixture<PollingLivePair>
{
    [Fact]
    public async Task WithoutRedis_WritesThroughA_ReachASubscriberOnB_InOrder()
    {
        var before = await pair.OpenStore().GetRevisionAsync(CancellationToken.None);
        await using var client = LiveClient.WebSocket(LivePair.GraphQLUri(pair.B), LiveRequest.Of(
            "subscription($after: Long) { nodeChanged(ids: [\"country:my\"], afterRevision: $after) { revision node { ... on Country { region } } } }",
            new { after = before },
            count: 3));

        foreach (var region in new[] { "Asia (1)", "Asia (2)", "Asia (3)" })
        {
            (await LivePair.Editor(pair.A).QueryAsync($"mutation {{ updateCountry(id: \"country:my\", set: {{ region: \"{region}\" }}) {{ id }} }}")).DataWithoutErrors();
        }

        var lines = await client.ReadToEndAsync();

        var changes = lines.Where(l => l["event"]!.GetValue<string>() == "next").Select(l => l["payload"]!["data"]!["nodeChanged"]!).ToList();
        Assert.Equal(Enumerable.Range(1, 3).Select(i => before + i), changes.Select(c => c["revision"]!.GetValue<long>()));
        Assert.Equal(["Asia (1)", "Asia (2)", "Asia (3)"], changes.Select(c => c["node"]!["region"]!.GetValue<string>()));
    }
}
