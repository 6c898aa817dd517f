using System.Diagnostics;
using MineralGraph.Api.Tests.Subscriptions.Infrastructure;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// Two real API processes on one store: a write through one reaches the subscribers of the other,
/// over Redis pub/sub, from the store's change log while Redis is down (no duplicate, no gap), and
/// by polling the revision without Redis.
/// </summary>
public sealed class AcrossInstancesTests(RedisLivePair pair) : IClassFixture<RedisLivePair>
{
    private const string Revisions = "subscription($after: Long) { revisionChanged(afterRevision: $after) { revision requery nodes { id node { ... on Country { region } } } } }";

    [Fact]
    public async Task MutationThroughA_ReachesASubscriberOnB_WithItsRevision_AndRedisDownThenUp_LosesAndRepeatsNothing()
    {
        await pair.WaitForBothSubscribedAsync();
        var before = await pair.OpenStore().GetRevisionAsync(CancellationToken.None);
        await using var client = LiveClient.WebSocket(LivePair.GraphQLUri(pair.B), LiveRequest.Of(Revisions, new { after = before }, count: 5));
        var regions = new List<string>();

        var overPubSub = await WriteThroughAAsync("Oceania (1)");
        var first = await NextChangeAsync(client);

        await pair.Redis!.StopAsync();
        await LivePair.WaitForLogAsync(pair.B, "Live updates lost their Redis connection");
        await WriteThroughAAsync("Oceania (2)");
        await WriteThroughAAsync("Oceania (3)");
        var caughtUp = new[] { await NextChangeAsync(client), await NextChangeAsync(client) };

        await pair.Redis.StartAsync();
        await LivePair.WaitForLogAsync(pair.B, "Live updates reconnected to Redis");
        await pair.WaitForBothSubscribedAsync();
        var clock = Stopwatch.StartNew();
        await WriteThroughAAsync("Oceania (4)");
        var afterReturn = await NextChangeAsync(client);
        var arrivedWithin = clock.Elapsed;
        await WriteThroughAAsync("Oceania (5)");
        var last = await NextChangeAsync(client);

        var changes = new[] { first }.Concat(caughtUp).Append(afterReturn).Append(last).ToList();
        Assert.Equal(overPubSub, first.Revision);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => before + i), changes.Select(c => c.Revision));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Oceania ({i})"), changes.Select(c => c.Region));
        Assert.True(arrivedWithin < TimeSpan.FromSeconds(10), $"The write after Redis returned took {arrivedWithin} to arrive; B checks the revision only every 10 minutes while Redis delivers.");
        Assert.DoesNotContain(pair.B.LogLines, line => line.Contains("no longer holds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWriteWhosePublishRedisRefused_ReachesTheSubscriberOnB_OnceRedisTakesPublishesAgain_WithoutWaitingForBsRevisionCheck()
    {
        await pair.WaitForBothSubscribedAsync();
        var before = await pair.OpenStore().GetRevisionAsync(CancellationToken.None);
        await using var client = LiveClient.WebSocket(LivePair.GraphQLUri(pair.B), LiveRequest.Of(Revisions, new { after = before }, count: 2));
        await WriteThroughAAsync("Oceania (published)");
        await NextChangeAsync(client);

        var refusals = RefusedPublishes();
        await pair.Redis!.SetPublishAllowedAsync(false);
        long refused;
        try
        {
            refused = await WriteThroughAAsync("Oceania (refused)");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (RefusedPublishes() == refusals && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
        finally
        {
            await pair.Redis.SetPublishAllowedAsync(true);
        }

        // B never lost Redis and checks the revision only every ten minutes: the change comes from A's announcement.
        Assert.Equal((refused, "Oceania (refused)"), await NextChangeAsync(client));
    }

    private int RefusedPublishes() => pair.A.LogLines.Count(line => line.Contains("could not be published to Redis", StringComparison.Ordinal));

    private async Task<long> WriteThroughAAsync(string region)
    {
        var response = await LivePair.Editor(pair.A).QueryAsync($"mutation {{ updateCountry(id: \"country:au\", set: {{ region: \"{region}\" }}) {{ id }} }}");
        response.DataWithoutErrors();
        return await pair.OpenStore().GetRevisionAsync(CancellationToken.None);
    }

    private static async Task<(long Revision, string Region)> NextChangeAsync(LiveClient client)
    {
        var change = (await client.NextEventAsync("next"))["payload"]!["data"]!["revisionChanged"]!;
        var node = change["nodes"]![0]!;
        return (change["revision"]!.GetValue<long>(), node["node"]!["region"]!.GetValue<string>());
    }
}
