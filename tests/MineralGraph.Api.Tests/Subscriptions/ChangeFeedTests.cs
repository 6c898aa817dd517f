using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Subscriptions;
using MineralGraph.Api.Subscriptions.Delivery;
using MineralGraph.GraphSchema;
using MineralGraph.Store;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// The change feed over a real SQLite store, fed signals by hand as Redis and other processes
/// would: late, early, twice, or not at all. Whatever the order, a subscriber gets each revision
/// once and in order, and one bulk change when the log no longer holds what was missed.
/// </summary>
public sealed class ChangeFeedTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mineralgraph-feed-tests-");
    private readonly ChangeSignals _signals = new();
    private SqliteGraphStore _store = null!;
    private ChangeFeed _feed = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory.FullName, "feed.db"), ChangeLogRevisions = 3 }, GraphModel.Default);
        await _store.EnsureSchemaAsync(CancellationToken.None);
        await _store.ImportAsync(new GraphDataset([Node("country:au", "Australia")], []), CancellationToken.None);

        var noRedis = Options.Create(new CacheOptions());
        var bus = new RedisChangeBus(new RedisConnection(noRedis), noRedis, new ChangeSetCodec(GraphModel.Default), _signals, NullLogger<RedisChangeBus>.Instance);
        var metrics = new SubscriptionMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        _feed = new ChangeFeed(_store, _signals, bus, Options.Create(new ChangeDeliveryOptions { PollInterval = TimeSpan.FromMinutes(10) }), metrics, TimeProvider.System, NullLogger<ChangeFeed>.Instance);
        await _feed.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _feed.Revision > 0);
    }

    [Fact]
    public async Task SignalsLateEarlyAndTwice_ReachASubscriberOnceEachInRevisionOrder()
    {
        using var subscriber = new Recorder();
        using var subscription = _feed.Subscribe(subscriber, afterRevision: null);
        var written = new List<ChangeSet>();
        for (var i = 1; i <= 3; i++)
        {
            written.Add((await WriteRegionAsync($"Oceania {i}")).Changes!);
        }

        // The third first (the feed reads the first two from the log), then all of them again.
        _signals.Committed(written[2], ChangeSource.Redis);
        _signals.Committed(written[0], ChangeSource.Local);
        _signals.Committed(written[1], ChangeSource.Redis);
        _signals.Committed(written[2], ChangeSource.Local);
        await WaitUntilAsync(() => subscriber.Revisions.Count >= 3);
        await Task.Delay(200);

        Assert.Equal(written.Select(c => c.Revision), subscriber.Revisions);
        Assert.Equal(["Oceania 1", "Oceania 2", "Oceania 3"], subscriber.Received.Select(c => c.Nodes[0].Properties!["region"]));
    }

    [Fact]
    public async Task RevisionMovedFurtherThanTheLogKeeps_SubscriberGetsOneBulkChangeAtTheStoresRevision_ThenTheNextOnes()
    {
        using var subscriber = new Recorder();
        using var subscription = _feed.Subscribe(subscriber, afterRevision: null);
        for (var i = 1; i <= 5; i++)
        {
            await WriteRegionAsync($"Oceania {i}");
        }

        _signals.RevisionMayHaveMoved();
        await WaitUntilAsync(() => subscriber.Revisions.Count >= 1);
        var next = await WriteRegionAsync("Oceania 6");
        _signals.Committed(next.Changes!, ChangeSource.Local);
        await WaitUntilAsync(() => subscriber.Revisions.Count >= 2);

        Assert.True(subscriber.Received[0].IsBulk);
        Assert.Equal(next.Revision - 1, subscriber.Received[0].Revision);
        Assert.Equal((next.Revision, false), (subscriber.Received[1].Revision, subscriber.Received[1].IsBulk));
    }

    [Fact]
    public async Task SubscriberResumingAfterARevision_GetsTheChangesSinceFromTheLog_ThenLiveOnes()
    {
        var before = await _store.GetRevisionAsync(CancellationToken.None);
        var first = await WriteRegionAsync("Oceania 1");
        _signals.Committed(first.Changes!, ChangeSource.Local);
        await WaitUntilAsync(() => _feed.Revision == first.Revision);

        using var subscriber = new Recorder();
        using var subscription = _feed.Subscribe(subscriber, afterRevision: before);
        await WaitUntilAsync(() => subscriber.Revisions.Count >= 1);
        var second = await WriteRegionAsync("Oceania 2");
        _signals.Committed(second.Changes!, ChangeSource.Local);
        await WaitUntilAsync(() => subscriber.Revisions.Count >= 2);

        Assert.Equal([first.Revision, second.Revision], subscriber.Revisions);
    }

    public async Task DisposeAsync()
    {
        await _feed.StopAsync(CancellationToken.None);
        _feed.Dispose();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private Task<WriteResult> WriteRegionAsync(string region) =>
        _store.WriteAsync(new GraphWrite([new UpdateNode("country:au", new Dictionary<string, object?> { ["region"] = region }, [])]), CancellationToken.None);

    private static NodeRecord Node(string id, string name) => new(id, "Country", new Dictionary<string, object?> { ["name"] = name });

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The feed did not get there within 10 s.");
            await Task.Delay(10);
        }
    }

    private sealed class Recorder : IObserver<ChangeSet>, IDisposable
    {
        private readonly ConcurrentQueue<ChangeSet> _received = new();

        public IReadOnlyList<ChangeSet> Received => [.. _received];

        public IReadOnlyList<long> Revisions => [.. _received.Select(c => c.Revision)];

        public void OnNext(ChangeSet value) => _received.Enqueue(value);

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }

        public void Dispose()
        {
        }
    }
}
