using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Store;
using StackExchange.Redis;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>
/// Carries committed changes between the API processes of one store over Redis pub/sub, on the
/// channel <c>{Cache:KeyPrefix}changes</c>, through the process's one Redis connection. A message
/// is a change set as the change log holds it, or empty when a revision moved without its
/// changes at hand (an import). Redis is a fast path, not the record: a message lost, or sent
/// while Redis was down, is found in the store's change log by the feed, which also checks the
/// revision when Redis comes back; a process whose publish failed says that the revision moved,
/// every second until Redis takes it, since the other processes may never have lost their own
/// connections and would otherwise learn of the change only at their next revision check. Without <c>Cache:Redis</c> the bus is off and the feed polls.
/// </summary>
internal sealed partial class RedisChangeBus(
    RedisConnection connection,
    IOptions<CacheOptions> cacheOptions,
    ChangeSetCodec codec,
    ChangeSignals signals,
    ILogger<RedisChangeBus> logger) : IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(cacheOptions.Value.KeyPrefix + "changes");
    private readonly CancellationTokenSource _stopping = new();
    private ISubscriber? _subscriber;
    private static readonly TimeSpan AnnounceRetryDelay = TimeSpan.FromSeconds(1);

    private Task _subscribing = Task.CompletedTask;
    private int _unannounced;
    private int _announcing;

    public bool IsEnabled { get; } = !string.IsNullOrWhiteSpace(cacheOptions.Value.Redis);

    /// <summary>Whether messages from other processes are arriving: subscribed, and the connection up.</summary>
    public bool IsConnected => _subscriber?.IsConnected(_channel) == true && _subscribing.IsCompletedSuccessfully;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsEnabled)
        {
            _subscribing = SubscribeAsync(_stopping.Token);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _subscribing;
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Tells the other processes about a committed change set; a failure is only logged, since they find it in the log.</summary>
    public void Publish(ChangeSet changes) => PublishWhenSubscribed(changes);

    /// <summary>Tells the other processes that the revision moved, for them to read the log (an import, whose changes are not listed).</summary>
    public void PublishRevisionMoved() => PublishWhenSubscribed(null);

    /// <summary>Sends the change set, or an empty message for "the revision moved"; without Redis every write would otherwise pay for serializing a message nobody sends.</summary>
    private void PublishWhenSubscribed(ChangeSet? changes)
    {
        if (_subscriber is { } subscriber)
        {
            _ = PublishAsync(subscriber, changes is null ? [] : ChangeSetCodec.Serialize(changes));
        }
    }

    private async Task PublishAsync(ISubscriber subscriber, byte[] message)
    {
        try
        {
            await subscriber.PublishAsync(_channel, message);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogPublishFailed(exception.Message);
            Volatile.Write(ref _unannounced, 1);
            if (Interlocked.CompareExchange(ref _announcing, 1, 0) == 0)
            {
                _ = AnnounceAsync(subscriber);
            }
        }
    }

    /// <summary>
    /// Publishes "the revision moved" every second until Redis takes it; one loop at a time. A
    /// publish that fails while the loop ends starts it again, so no failed change goes unannounced.
    /// </summary>
    private async Task AnnounceAsync(ISubscriber subscriber)
    {
        try
        {
            while (true)
            {
                await Task.Delay(AnnounceRetryDelay, _stopping.Token);
                Volatile.Write(ref _unannounced, 0);
                try
                {
                    await subscriber.PublishAsync(_channel, Array.Empty<byte>());
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    Volatile.Write(ref _unannounced, 1);
                    continue;
                }

                Volatile.Write(ref _announcing, 0);
                if (Volatile.Read(ref _unannounced) == 0 || Interlocked.CompareExchange(ref _announcing, 1, 0) != 0)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Subscribes once Redis answers (it may be down at start); StackExchange.Redis resubscribes by itself after a reconnect.</summary>
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await connection.GetAsync();
        multiplexer.ConnectionFailed += (_, failure) =>
        {
            if (failure.ConnectionType == ConnectionType.Subscription)
            {
                LogDisconnected(failure.FailureType.ToString());
            }
        };
        multiplexer.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Subscription)
            {
                LogReconnected();

                // What was published while the connection was down is in the store's change log.
                signals.RevisionMayHaveMoved();
            }
        };

        var subscriber = multiplexer.GetSubscriber();
        while (true)
        {
            try
            {
                var queue = await subscriber.SubscribeAsync(_channel);
                queue.OnMessage(Receive);
                _subscriber = subscriber;
                LogSubscribed(_channel.ToString());
                signals.RevisionMayHaveMoved();
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogSubscribeFailed(exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private void Receive(ChannelMessage message)
    {
        var body = (ReadOnlyMemory<byte>)message.Message;
        if (body.IsEmpty)
        {
            signals.RevisionMayHaveMoved();
            return;
        }

        try
        {
            signals.Committed(codec.Deserialize(body), ChangeSource.Redis);
        }
        catch (InvalidDataException exception)
        {
            LogUnreadable(exception.Message);
            signals.RevisionMayHaveMoved();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates subscribed to the Redis channel {Channel}.")]
    private partial void LogSubscribed(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates could not subscribe to Redis yet ({Reason}); the revision is polled meanwhile.")]
    private partial void LogSubscribeFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates lost their Redis connection ({Failure}); the revision is polled until it returns.")]
    private partial void LogDisconnected(string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates reconnected to Redis; changes made meanwhile are read from the store's change log.")]
    private partial void LogReconnected();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change could not be published to Redis ({Reason}); other API processes read it from the store's change log.")]
    private partial void LogPublishFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change message from Redis could not be read ({Reason}); the revision is read from the store instead.")]
    private partial void LogUnreadable(string reason);
}
