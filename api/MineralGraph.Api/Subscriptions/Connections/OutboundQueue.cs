using System.Buffers;
using System.Threading.Channels;

namespace MineralGraph.Api.Subscriptions.Connections;

/// <summary>
/// The messages waiting to be sent on one connection, in order, at most
/// <see cref="SubscriptionOptions.MaxPendingMessages"/> of them: producers (subscriptions, the
/// protocol) never wait, and a connection whose client reads too slowly is told so by a refused
/// <see cref="TryEnqueue"/> instead of holding the server's memory. One writer sends them; a
/// message is its frame's prefix, a payload that many connections may share, and a suffix,
/// joined in a pooled buffer so each goes out in one write.
/// </summary>
internal sealed class OutboundQueue(int capacity)
{
    private readonly Channel<OutboundMessage> _messages = Channel.CreateBounded<OutboundMessage>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues a message; false when the queue is full or closed.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> payload, ReadOnlyMemory<byte> suffix) =>
        _messages.Writer.TryWrite(new OutboundMessage(prefix, payload, suffix));

    /// <summary>Takes no more messages; the writer sends those queued, then stops.</summary>
    public void Close() => _messages.Writer.TryComplete();

    /// <summary>Sends the queued messages as they come until the queue is closed and empty, or the token is cancelled.</summary>
    public async Task WriteAllAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> send, Action sent, CancellationToken cancellationToken)
    {
        var reader = _messages.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (reader.TryRead(out var message))
            {
                var length = message.Prefix.Length + message.Payload.Length + message.Suffix.Length;
                var buffer = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    message.Prefix.CopyTo(buffer);
                    message.Payload.CopyTo(buffer.AsMemory(message.Prefix.Length));
                    message.Suffix.CopyTo(buffer.AsMemory(message.Prefix.Length + message.Payload.Length));
                    await send(buffer.AsMemory(0, length), cancellationToken);
                    sent();
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }

    private readonly record struct OutboundMessage(ReadOnlyMemory<byte> Prefix, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Suffix);
}
