using System.Threading.Channels;
using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>
/// What tells the <see cref="ChangeFeed"/> that the store moved: a change set committed in this
/// process or received from another, or a hint that the revision may have moved without its
/// changes at hand (an import, Redis coming back, a poll). Writers never wait; the feed reads
/// the signals one at a time, in the order they came.
/// </summary>
internal sealed class ChangeSignals
{
    private readonly Channel<ChangeSignal> _signals = Channel.CreateUnbounded<ChangeSignal>(new UnboundedChannelOptions { SingleReader = true });
    private int _checkPending;

    public ChannelReader<ChangeSignal> Reader => _signals.Reader;

    public void Committed(ChangeSet changes, ChangeSource source) => _signals.Writer.TryWrite(new ChangeSignal(changes, source, null));

    /// <summary>Asks the feed to read the revision; while one such request waits, more add nothing.</summary>
    public void RevisionMayHaveMoved()
    {
        if (Interlocked.Exchange(ref _checkPending, 1) == 0)
        {
            _signals.Writer.TryWrite(new ChangeSignal(null, ChangeSource.Store, null));
        }
    }

    /// <summary>Called by the feed as it takes up a revision check, so the next hint queues another.</summary>
    public void CheckTaken() => Volatile.Write(ref _checkPending, 0);

    public void Attach(ChangeFeed.Subscriber subscriber) => _signals.Writer.TryWrite(new ChangeSignal(null, ChangeSource.Store, subscriber));

    public void Complete() => _signals.Writer.TryComplete();
}
