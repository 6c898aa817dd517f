using System.Security.Claims;
using System.Text;
using System.Text.Json;
using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Errors;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>
/// A reservation of single connection mode: made by PUT for the caller that made it, fulfilled
/// by at most one event stream, and used by operations that POST their request with its token
/// and stream their results through it (each event carrying the operation's id), until DELETE
/// stops them. Results queue up until the stream connects; a reservation not fulfilled within
/// <see cref="SubscriptionOptions.ReservationTimeout"/>, or whose stream ends, ends with its operations.
/// </summary>
internal sealed class EventStreamReservation : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (EventStreamSink Sink, IDisposable? Subscription)> _operations = new(StringComparer.Ordinal);
    private readonly string? _holder;
    private readonly IDisposable[] _leases;
    private readonly Action<EventStreamReservation> _ended;
    private readonly ITimer _expiry;
    private readonly SubscriptionMetrics _metrics;
    private bool _streaming;
    private bool _disposed;

    public EventStreamReservation(string token, ClaimsPrincipal user, IDisposable[] leases, SubscriptionOptions options, SubscriptionMetrics metrics, TimeProvider time, Action<EventStreamReservation> ended)
    {
        Token = token;
        _holder = HolderOf(user);
        _leases = leases;
        _metrics = metrics;
        _ended = ended;
        Queue = new OutboundQueue(options.MaxPendingMessages);
        _expiry = time.CreateTimer(_ => ExpireUnlessStreaming(), null, options.ReservationTimeout, Timeout.InfiniteTimeSpan);
    }

    public string Token { get; }

    public OutboundQueue Queue { get; }

    /// <summary>Whether the caller made the reservation: a token is usable only by the API key (or the anonymity) that made it.</summary>
    public bool IsHeldBy(ClaimsPrincipal user) => HolderOf(user) == _holder;

    /// <summary>Takes the reservation's one stream; false when another already has it.</summary>
    public bool TryConnect()
    {
        lock (_gate)
        {
            if (_streaming || _disposed)
            {
                return false;
            }

            _streaming = true;
        }

        _expiry.Dispose();
        return true;
    }

    /// <summary>Registers an operation by its id and gives the sink its results go to; refuses a taken id or one over the limit.</summary>
    public EventStreamSink Add(string id, int limit)
    {
        var encodedId = JsonSerializer.Serialize(id);
        var sink = new EventStreamSink(
            Queue,
            Encoding.UTF8.GetBytes($$"""event: next{{"\n"}}data: {"id":{{encodedId}},"payload":"""),
            Encoding.UTF8.GetBytes("}\n\n"),
            Encoding.UTF8.GetBytes($$"""event: complete{{"\n"}}data: {"id":{{encodedId}}}{{"\n\n"}}"""),
            (ended, overflow) =>
            {
                if (overflow)
                {
                    _metrics.Overflow(EventStreamResponse.Transport);
                    Dispose();
                }
                else
                {
                    Remove(id, ended);
                }
            });
        lock (_gate)
        {
            if (_operations.ContainsKey(id))
            {
                throw new OperationExistsError($"An operation with the id '{id}' already runs on this stream: give each operation its own id, or stop it first with DELETE ?operationId={id}.");
            }

            if (_operations.Count >= limit)
            {
                throw new SubscriptionLimitError(limit);
            }

            _operations.Add(id, (sink, null));
        }

        return sink;
    }

    /// <summary>Hands a running operation its subscription; false (and the subscription ended) when it was stopped meanwhile.</summary>
    public bool Attach(string id, EventStreamSink sink, IDisposable subscription)
    {
        lock (_gate)
        {
            if (_operations.TryGetValue(id, out var operation) && operation.Sink == sink)
            {
                _operations[id] = (sink, subscription);
                _metrics.Subscription(EventStreamResponse.Transport, 1);
                return true;
            }
        }

        subscription.Dispose();
        return false;
    }

    /// <summary>Forgets an operation that ended or was stopped, ending its subscription; false when it was not running.</summary>
    public bool Remove(string id, EventStreamSink? sink = null)
    {
        (EventStreamSink Sink, IDisposable? Subscription) operation;
        lock (_gate)
        {
            if (!_operations.TryGetValue(id, out operation) || (sink is not null && operation.Sink != sink))
            {
                return false;
            }

            _operations.Remove(id);
        }

        End(operation.Subscription);
        return true;
    }

    public void Dispose()
    {
        (EventStreamSink Sink, IDisposable? Subscription)[] operations;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            operations = [.. _operations.Values];
            _operations.Clear();
        }

        _expiry.Dispose();
        Queue.Close();
        foreach (var operation in operations)
        {
            End(operation.Subscription);
        }

        foreach (var lease in _leases)
        {
            lease.Dispose();
        }

        _ended(this);
    }

    private void ExpireUnlessStreaming()
    {
        lock (_gate)
        {
            if (_streaming)
            {
                return;
            }
        }

        Dispose();
    }

    private void End(IDisposable? subscription)
    {
        if (subscription is not null)
        {
            subscription.Dispose();
            _metrics.Subscription(EventStreamResponse.Transport, -1);
        }
    }

    private static string? HolderOf(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
}
