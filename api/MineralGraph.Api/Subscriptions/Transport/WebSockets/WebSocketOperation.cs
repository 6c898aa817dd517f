using System.Text;
using System.Text.Json;
using MineralGraph.Api.Subscriptions.Execution;

namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// One operation of a WebSocket, by the client's id: its messages, framed once with the id,
/// its cancellation while it starts, and the subscription it runs until either side ends it.
/// </summary>
internal sealed class WebSocketOperation : ISubscriptionSink
{
    public static readonly byte[] NextSuffix = "}"u8.ToArray();

    private readonly GraphQLWebSocketConnection _connection;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Lock _gate = new();
    private readonly string _encodedId;
    private IDisposable? _subscription;
    private bool _stopped;

    public WebSocketOperation(GraphQLWebSocketConnection connection, string id)
    {
        _connection = connection;
        Id = id;
        _encodedId = JsonSerializer.Serialize(id);
        NextPrefix = Encoding.UTF8.GetBytes($$"""{"id":{{_encodedId}},"type":"{{GraphQLTransportWs.Next}}","payload":""");
        CompleteMessage = Encoding.UTF8.GetBytes($$"""{"id":{{_encodedId}},"type":"{{GraphQLTransportWs.Complete}}"}""");
    }

    public string Id { get; }

    /// <summary><c>{"id":…,"type":"next","payload":</c>: a result follows, then <see cref="NextSuffix"/>.</summary>
    public byte[] NextPrefix { get; }

    public byte[] CompleteMessage { get; }

    /// <summary>Cancelled when the client completes the operation before it has started.</summary>
    public CancellationToken Cancellation => _cancellation.Token;

    public byte[] ErrorMessage(byte[] errors) =>
        [.. Encoding.UTF8.GetBytes($$"""{"id":{{_encodedId}},"type":"{{GraphQLTransportWs.Error}}","payload":"""), .. errors, .. NextSuffix];

    /// <summary>Hands the operation its running subscription; false (and the subscription ended) when the operation was stopped meanwhile.</summary>
    public bool Attach(IDisposable subscription)
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _subscription = subscription;
                return true;
            }
        }

        subscription.Dispose();
        return false;
    }

    /// <summary>Stops the operation, once: cancels its start, ends its subscription. True when a subscription was running.</summary>
    public bool Stop()
    {
        IDisposable? subscription;
        lock (_gate)
        {
            if (_stopped)
            {
                return false;
            }

            _stopped = true;
            subscription = _subscription;
        }

        _cancellation.Cancel();
        subscription?.Dispose();
        return subscription is not null;
    }

    public void Next(ReadOnlyMemory<byte> payload)
    {
        if (!Volatile.Read(ref _stopped))
        {
            _connection.Send(NextPrefix, payload, NextSuffix);
        }
    }

    public void Complete() => _connection.Finish(this);
}
