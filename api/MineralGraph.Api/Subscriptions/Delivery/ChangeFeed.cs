using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>
/// Delivers every committed change of the store to this process's subscribers, each revision
/// once and in revision order, whichever process committed it. Signals (<see cref="ChangeSignals"/>)
/// say that the store moved; one loop turns them into a gap-free sequence: the revision after
/// the last one delivered goes out as it comes, a signal further ahead makes the loop read the
/// store's change log from the last delivered revision, and anything at or below it is a
/// duplicate and is dropped. The store's revision is the truth: when the log no longer holds
/// what was missed, subscribers get one bulk change that asks them to read again. While there
/// are subscribers, the revision is also polled (<see cref="ChangeDeliveryOptions"/>), so a
/// write no process published, or a lost Redis message, is still delivered.
/// </summary>
internal sealed partial class ChangeFeed(
    IGraphStore store,
    ChangeSignals signals,
    RedisChangeBus bus,
    IOptions<ChangeDeliveryOptions> options,
    SubscriptionMetrics metrics,
    TimeProvider time,
    ILogger<ChangeFeed> logger) : BackgroundService
{
    private const int CatchUpPageSize = 200;
    private const long Unknown = -1;

    /// <summary>Below this many subscribers, handing a change set out in parallel costs more than it saves.</summary>
    private const int ParallelDeliveryFrom = 64;

    private readonly Lock _gate = new();
    private readonly ChangeDeliveryOptions _options = options.Value;
    private Subscriber[] _subscribers = [];
    private long _revision = Unknown;

    /// <summary>The last revision delivered; -1 until the feed has read the store once.</summary>
    public long Revision => Interlocked.Read(ref _revision);

    /// <summary>
    /// Delivers the change sets the feed takes up from now on to the observer, until the returned
    /// handle is disposed. With <paramref name="afterRevision"/>, the feed's loop first delivers
    /// those after that revision that the change log still holds (or a bulk change when it no
    /// longer holds them all), and none at or below it.
    /// </summary>
    public IDisposable Subscribe(IObserver<ChangeSet> observer, long? afterRevision)
    {
        var subscriber = new Subscriber(this, observer, afterRevision);
        if (afterRevision is null)
        {
            Add(subscriber);
        }
        else
        {
            signals.Attach(subscriber);
        }

        return subscriber;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var polling = PollAsync(stoppingToken);
        try
        {
            await InitializeAsync(stoppingToken);
            await foreach (var signal in signals.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(signal, stoppingToken);
                }
                catch (GraphStoreException exception)
                {
                    // The poll asks again; until then nothing is lost, since the log keeps it.
                    LogStoreFailed(exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signals.Complete();
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                subscriber.Complete();
            }

            await polling;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                Interlocked.Exchange(ref _revision, await store.GetRevisionAsync(cancellationToken));
                LogStarted(_revision, bus.IsEnabled ? "Redis pub/sub, with the revision checked every " + _options.ReconcileInterval : "the revision, polled every " + _options.PollInterval);
                return;
            }
            catch (GraphStoreException exception)
            {
                LogStoreFailed(exception.Message);
                await Task.Delay(_options.PollInterval, time, cancellationToken);
            }
        }
    }

    private async Task HandleAsync(ChangeSignal signal, CancellationToken cancellationToken)
    {
        if (signal.Subscriber is { } subscriber)
        {
            await AttachAsync(subscriber, cancellationToken);
        }
        else if (signal.Changes is { } changes)
        {
            await AdvanceAsync(changes.Revision, changes, signal.Source, cancellationToken);
        }
        else
        {
            signals.CheckTaken();
            await AdvanceAsync(await store.GetRevisionAsync(cancellationToken), null, ChangeSource.Store, cancellationToken);
        }
    }

    /// <summary>Brings the feed up to <paramref name="target"/>: the next revision straight from its signal, anything further from the log.</summary>
    private async Task AdvanceAsync(long target, ChangeSet? known, ChangeSource source, CancellationToken cancellationToken)
    {
        if (target <= _revision)
        {
            return;
        }

        if (Volatile.Read(ref _subscribers).Length == 0)
        {
            // Nobody to tell: skip the log and start from here when someone subscribes.
            Interlocked.Exchange(ref _revision, target);
            return;
        }

        if (known is not null && known.Revision == _revision + 1)
        {
            Deliver(known, source);
            return;
        }

        while (_revision < target)
        {
            var page = await store.ReadChangesAsync(_revision, CatchUpPageSize, cancellationToken);
            if (!page.IsComplete)
            {
                LogMissed(_revision, page.Revision);
                metrics.Missed();
                Deliver(ChangeSet.Bulk(Math.Max(page.Revision, target), time.GetUtcNow()), ChangeSource.Store);
                return;
            }

            if (page.ChangeSets.Count == 0)
            {
                // The signal ran ahead of what this process's reads see yet; the next poll delivers it.
                return;
            }

            foreach (var changes in page.ChangeSets)
            {
                Deliver(changes, ChangeSource.Store);
            }
        }
    }

    /// <summary>
    /// Hands the change set to every subscriber. Each runs its subscription's execution as it
    /// takes it, so many subscribers are served in parallel; the next change set waits for all,
    /// which keeps every subscriber's changes in order.
    /// </summary>
    private void Deliver(ChangeSet changes, ChangeSource source)
    {
        Interlocked.Exchange(ref _revision, changes.Revision);
        metrics.Delivered(source);
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length < ParallelDeliveryFrom)
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Deliver(changes);
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, subscribers.Length), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                subscribers[i].Deliver(changes);
            }
        });
    }

    /// <summary>Adds a subscriber that asked to resume after replaying what it missed from the log, so nothing between its revision and the feed's is lost.</summary>
    private async Task AttachAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        if (subscriber.AfterRevision is { } after && after < _revision)
        {
            var from = after;
            while (from < _revision)
            {
                var page = await store.ReadChangesAsync(from, CatchUpPageSize, cancellationToken);
                if (!page.IsComplete || page.ChangeSets.Count == 0)
                {
                    subscriber.Deliver(ChangeSet.Bulk(_revision, time.GetUtcNow()));
                    break;
                }

                foreach (var changes in page.ChangeSets.TakeWhile(c => c.Revision <= _revision))
                {
                    subscriber.Deliver(changes);
                }

                from = page.ChangeSets[^1].Revision;
            }
        }

        Add(subscriber);
    }

    private void Add(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (!subscriber.IsDisposed)
            {
                _subscribers = [.. _subscribers, subscriber];
            }
        }
    }

    private void Detach(Subscriber subscriber)
    {
        lock (_gate)
        {
            subscriber.IsDisposed = true;
            _subscribers = Array.FindAll(_subscribers, s => s != subscriber);
        }
    }

    /// <summary>
    /// Asks for a revision check every <see cref="ChangeDeliveryOptions.PollInterval"/> while there
    /// are subscribers, or, while Redis delivers, every <see cref="ChangeDeliveryOptions.ReconcileInterval"/>;
    /// it looks every poll interval, so Redis going down switches it to polling at once.
    /// </summary>
    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var lastCheck = time.GetTimestamp();
        try
        {
            while (true)
            {
                await Task.Delay(_options.PollInterval, time, cancellationToken);
                if (Volatile.Read(ref _subscribers).Length > 0
                    && (!bus.IsConnected || time.GetElapsedTime(lastCheck) >= _options.ReconcileInterval))
                {
                    lastCheck = time.GetTimestamp();
                    signals.RevisionMayHaveMoved();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates start at revision {Revision}; changes made elsewhere arrive through {Delivery}.")]
    private partial void LogStarted(long revision, string delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change log no longer holds the revisions after {Delivered} (the store is at {Revision}); subscribers were told to read the graph again. Raise Store:*:ChangeLogRevisions if this recurs.")]
    private partial void LogMissed(long delivered, long revision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates could not read the store ({Reason}); they resume from the change log when it answers.")]
    private partial void LogStoreFailed(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber failed to take revision {Revision}; the others still get it.")]
    private partial void LogObserverFailed(long revision, Exception exception);

    /// <summary>One observer of the feed: the revision it asked to start after, and the handle that detaches it.</summary>
    public sealed class Subscriber(ChangeFeed feed, IObserver<ChangeSet> observer, long? afterRevision) : IDisposable
    {
        public long? AfterRevision { get; } = afterRevision;

        public bool IsDisposed { get; set; }

        /// <summary>
        /// Passes a change set on, unless the subscriber is gone or asked to start after it (a
        /// subscriber that resumes on this process from a revision another process delivered).
        /// </summary>
        public void Deliver(ChangeSet changes)
        {
            if (IsDisposed || changes.Revision <= AfterRevision)
            {
                return;
            }

            try
            {
                observer.OnNext(changes);
            }
            catch (Exception exception)
            {
                // One subscriber's failure must not stop the feed for the others.
                feed.LogObserverFailed(changes.Revision, exception);
            }
        }

        public void Complete() => observer.OnCompleted();

        public void Dispose() => feed.Detach(this);
    }
}
