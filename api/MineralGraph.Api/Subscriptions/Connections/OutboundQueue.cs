using System.Buffers;

namespace MineralGraph.Api.Subscriptions.Connections;

/// <summary>
/// The messages waiting to be sent on one connection, in order, at most
/// <see cref="SubscriptionOptions.MaxPendingMessages"/> of them: producers (subscriptions, the
/// protocol) never wait, and a connection whose client reads too slowly is told so by a refused
/// <see cref="TryEnqueue"/> instead of holding the server's memory. A message is its frame's
/// prefix, a payload that many connections may share, and a suffix, joined in a pooled buffer so
/// each goes out in one write. One send runs at a time: a message that finds the connection idle
/// is sent by its producer at once, which costs no hand-over to another thread when the
/// transport takes it without waiting (a thousand subscribers of one event are a thousand such
/// sends); a send that has to wait, and the messages queued behind it, go on without the producer,
/// so one slow client never holds up the others' deliveries.
/// </summary>
internal sealed class OutboundQueue(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<OutboundMessage> _waiting = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<ReadOnlyMemory<byte>, ValueTask>? _send;
    private Action? _sent;
    private bool _sending;
    private bool _closed;
    private bool _stopped;

    /// <summary>Queues a message, or sends it at once when nothing is ahead of it; false when the queue is full or closed.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> payload, ReadOnlyMemory<byte> suffix)
    {
        var message = new OutboundMessage(prefix, payload, suffix);
        lock (_gate)
        {
            if (_closed || _waiting.Count >= capacity)
            {
                return false;
            }

            if (_send is null || _sending || _waiting.Count > 0)
            {
                _waiting.Enqueue(message);
                return true;
            }

            _sending = true;
        }

        Send(message);
        return true;
    }

    /// <summary>Takes no more messages; those queued are still sent, then <see cref="WriteAllAsync"/> ends.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            if (!IsFinished)
            {
                return;
            }
        }

        _finished.TrySetResult();
    }

    /// <summary>
    /// Sends the queued messages, and from now on each as it comes, through <paramref name="send"/>
    /// until the queue is closed and empty (a send that fails ends it with the failure). The token
    /// drops what is still queued and ends it at once, with <see cref="OperationCanceledException"/>;
    /// a send under way is left to the transport, whose own abort ends it.
    /// </summary>
    public async Task WriteAllAsync(Func<ReadOnlyMemory<byte>, ValueTask> send, Action sent, CancellationToken cancellationToken)
    {
        bool drain;
        bool finished;
        lock (_gate)
        {
            _send = send;
            _sent = sent;
            drain = !_sending && _waiting.Count > 0;
            _sending |= drain;
            finished = IsFinished;
        }

        if (drain)
        {
            _ = DrainAsync();
        }
        else if (finished)
        {
            _finished.TrySetResult();
        }

        await using var stopping = cancellationToken.Register(static state => ((OutboundQueue)state!).Stop(null), this);
        await _finished.Task;
    }

    private void Send(OutboundMessage message)
    {
        var buffer = Join(message, out var length);
        ValueTask sending;
        bool completed;
        try
        {
            sending = _send!(buffer.AsMemory(0, length));
            completed = sending.IsCompleted;
            if (completed)
            {
                sending.GetAwaiter().GetResult();
            }
        }
        catch (Exception exception)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Stop(exception);
            return;
        }

        if (!completed)
        {
            _ = DrainAsync(sending, buffer);
            return;
        }

        ArrayPool<byte>.Shared.Return(buffer);
        _sent!();
        bool more;
        lock (_gate)
        {
            // Messages that came while it sent go on without this producer.
            more = _waiting.Count > 0 && !_stopped;
            _sending = more;
            if (!more && !IsFinished)
            {
                return;
            }
        }

        if (more)
        {
            _ = DrainAsync();
        }
        else
        {
            _finished.TrySetResult();
        }
    }

    /// <summary>Finishes a send that had to wait, then sends what queued behind it; the one sender until the queue is empty.</summary>
    private async Task DrainAsync(ValueTask pending = default, byte[]? pendingBuffer = null)
    {
        try
        {
            if (pendingBuffer is not null)
            {
                try
                {
                    await pending;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(pendingBuffer);
                }

                _sent!();
            }
            else
            {
                // Off the producer's thread before the first send.
                await Task.Yield();
            }

            while (true)
            {
                OutboundMessage message;
                lock (_gate)
                {
                    if (_stopped || !_waiting.TryDequeue(out message))
                    {
                        _sending = false;
                        if (!_closed)
                        {
                            return;
                        }

                        break;
                    }
                }

                var buffer = Join(message, out var length);
                try
                {
                    await _send!(buffer.AsMemory(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                _sent!();
            }
        }
        catch (Exception exception)
        {
            Stop(exception);
            return;
        }

        _finished.TrySetResult();
    }

    /// <summary>Drops what is queued and takes no more: cancelled (no exception) or failed.</summary>
    private void Stop(Exception? failure)
    {
        lock (_gate)
        {
            _closed = true;
            _stopped = true;
            _waiting.Clear();
            if (failure is not null)
            {
                _sending = false;
            }
        }

        if (failure is null)
        {
            _finished.TrySetCanceled();
        }
        else
        {
            _finished.TrySetException(failure);
        }
    }

    /// <summary>Closed, and nothing is left to send; under the lock.</summary>
    private bool IsFinished => _closed && !_sending && (_waiting.Count == 0 || _stopped);

    private static byte[] Join(OutboundMessage message, out int length)
    {
        length = message.Prefix.Length + message.Payload.Length + message.Suffix.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        message.Prefix.Span.CopyTo(buffer);
        message.Payload.Span.CopyTo(buffer.AsSpan(message.Prefix.Length));
        message.Suffix.Span.CopyTo(buffer.AsSpan(message.Prefix.Length + message.Payload.Length));
        return buffer;
    }

    private readonly record struct OutboundMessage(ReadOnlyMemory<byte> Prefix, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Suffix);
}
