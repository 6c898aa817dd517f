using MineralGraph.Api.Subscriptions.Delivery;
using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Events;

/// <summary>
/// The source stream of a subscription field: the feed's change sets from the moment of
/// subscription (or from <c>afterRevision</c>), each turned into the field's events by
/// <paramref name="select"/>, in revision order.
/// </summary>
internal sealed class ChangeStream(ChangeFeed feed, long? afterRevision, Func<ChangeSet, IEnumerable<object>> select) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => feed.Subscribe(new Selecting(observer, select), afterRevision);

    private sealed class Selecting(IObserver<object?> observer, Func<ChangeSet, IEnumerable<object>> select) : IObserver<ChangeSet>
    {
        public void OnNext(ChangeSet value)
        {
            foreach (var item in select(value))
            {
                observer.OnNext(item);
            }
        }

        public void OnError(Exception error) => observer.OnError(error);

        public void OnCompleted() => observer.OnCompleted();
    }
}
