using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Execution;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>
/// An operation's results as event-stream events queued on a stream's <see cref="OutboundQueue"/>:
/// each result framed by <paramref name="nextPrefix"/> and <paramref name="nextSuffix"/>, the end
/// by <paramref name="complete"/>. <paramref name="ended"/> is told when the stream ends the
/// operation, or when the client reads too slowly for the queue.
/// </summary>
internal sealed class EventStreamSink(OutboundQueue queue, byte[] nextPrefix, byte[] nextSuffix, byte[] complete, Action<EventStreamSink, bool> ended) : ISubscriptionSink
{
    public void Next(ReadOnlyMemory<byte> payload)
    {
        if (!queue.TryEnqueue(nextPrefix, payload, nextSuffix))
        {
            ended(this, true);
        }
    }

    public void Complete()
    {
        queue.TryEnqueue(complete, default, default);
        ended(this, false);
    }
}
