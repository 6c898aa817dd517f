using System.Text;
using MineralGraph.Api.Subscriptions.Connections;

namespace MineralGraph.Api.Tests.Subscriptions;

/// <summary>
/// One connection's outgoing messages as its client receives them: each whole, in order, once;
/// a client that does not read holds up neither the producer nor other connections, and is
/// refused messages past the bound rather than holding the server's memory.
/// </summary>
public sealed class OutboundQueueTests
{
    private static readonly byte[] Result = "{\"data\":{\"x\":1}}"u8.ToArray();

    [Fact]
    public async Task Messages_GoOutWhole_InOrder_ThenTheWriterEndsOnClose()
    {
        var queue = new OutboundQueue(10);
        var client = new Client();
        var writing = queue.WriteAllAsync(client.SendAsync, () => { }, CancellationToken.None);

        Assert.True(queue.TryEnqueue(Bytes("{\"id\":\"a\",\"payload\":"), Result, Bytes("}")));
        Assert.True(queue.TryEnqueue(Bytes("{\"id\":\"b\",\"payload\":"), Result, Bytes("}")));
        Assert.True(queue.TryEnqueue(Bytes("{\"type\":\"pong\"}"), default, default));
        queue.Close();
        await writing.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["{\"id\":\"a\",\"payload\":{\"data\":{\"x\":1}}}", "{\"id\":\"b\",\"payload\":{\"data\":{\"x\":1}}}", "{\"type\":\"pong\"}"], client.Received);
        Assert.False(queue.TryEnqueue(Bytes("late"), default, default));
    }

    [Fact]
    public async Task AClientThatDoesNotRead_HoldsUpNeitherTheProducerNorAnotherConnection_AndIsRefusedPastTheBound()
    {
        var stalled = new Client(stall: true);
        var reading = new Client();
        var stalledQueue = new OutboundQueue(2);
        var readingQueue = new OutboundQueue(2);
        var stalledWriting = stalledQueue.WriteAllAsync(stalled.SendAsync, () => { }, CancellationToken.None);
        var readingWriting = readingQueue.WriteAllAsync(reading.SendAsync, () => { }, CancellationToken.None);

        // As the fan-out does: every event to each connection in turn, on one thread that never waits.
        var taken = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            taken.Add(stalledQueue.TryEnqueue(Bytes($"{i}"), default, default));
            Assert.True(readingQueue.TryEnqueue(Bytes($"{i}"), default, default));
        }

        // The first is in the stalled client's socket; two wait behind it; the fourth is refused.
        Assert.Equal([true, true, true, false], taken);
        Assert.Equal(["0", "1", "2", "3"], reading.Received);
        Assert.Empty(stalled.Received);

        stalled.Resume();
        stalledQueue.Close();
        readingQueue.Close();
        await Task.WhenAll(stalledWriting, readingWriting).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["0", "1", "2"], stalled.Received);
    }

    [Fact]
    public async Task MessagesQueuedBeforeTheStreamConnects_GoOutWhenItDoes()
    {
        var queue = new OutboundQueue(10);
        Assert.True(queue.TryEnqueue(Bytes("first"), default, default));
        Assert.True(queue.TryEnqueue(Bytes("second"), default, default));
        queue.Close();

        var client = new Client();
        await queue.WriteAllAsync(client.SendAsync, () => { }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["first", "second"], client.Received);
    }

    [Fact]
    public async Task TheClientLeaving_EndsTheWriterAtOnce_AndDropsWhatWaits()
    {
        var queue = new OutboundQueue(10);
        var stalled = new Client(stall: true);
        using var leaving = new CancellationTokenSource();
        var writing = queue.WriteAllAsync(stalled.SendAsync, () => { }, leaving.Token);
        queue.TryEnqueue(Bytes("in the socket"), default, default);
        queue.TryEnqueue(Bytes("waiting"), default, default);

        leaving.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writing.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(queue.TryEnqueue(Bytes("after"), default, default));
        stalled.Resume();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (stalled.Received.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(["in the socket"], stalled.Received);
    }

    [Fact]
    public async Task ASendThatFails_EndsTheWriterWithItsFailure_AndNothingMoreIsTaken()
    {
        var queue = new OutboundQueue(10);
        var writing = queue.WriteAllAsync(_ => ValueTask.FromException(new IOException("connection reset")), () => { }, CancellationToken.None);

        queue.TryEnqueue(Bytes("lost"), default, default);

        var failure = await Assert.ThrowsAsync<IOException>(() => writing.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("connection reset", failure.Message);
        Assert.False(queue.TryEnqueue(Bytes("after"), default, default));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A socket as the queue sees it: takes each message at once, or holds the first until <see cref="Resume"/>.</summary>
    private sealed class Client(bool stall = false)
    {
        private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _received = [];

        public IReadOnlyList<string> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public void Resume() => _resumed.TrySetResult();

        public ValueTask SendAsync(ReadOnlyMemory<byte> message)
        {
            // The buffer is the queue's until the send completes: copy it now, as a socket would.
            var text = Encoding.UTF8.GetString(message.Span);
            if (stall && !_resumed.Task.IsCompleted)
            {
                return new ValueTask(ReceiveLaterAsync(text));
            }

            lock (_received)
            {
                _received.Add(text);
            }

            return ValueTask.CompletedTask;
        }

        private async Task ReceiveLaterAsync(string text)
        {
            await _resumed.Task;
            lock (_received)
            {
                _received.Add(text);
            }
        }
    }
}
