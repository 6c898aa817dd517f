using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.Errors;
using MineralGraph.Api.Subscriptions.Delivery;
using MineralGraph.Store;

namespace MineralGraph.Api.Subscriptions.Events;

/// <summary>
/// Resolves a subscription field to a <see cref="ChangeStream"/> of the feed: the field's
/// arguments, read once, become the filter that <paramref name="events"/> makes of them.
/// </summary>
internal sealed class ChangeStreamResolver(Func<IResolveFieldContext, Func<ChangeSet, IEnumerable<object>>> events) : ISourceStreamResolver
{
    public const string AfterRevisionArgument = "afterRevision";

    public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        var feed = context.RequestServices!.GetRequiredService<ChangeFeed>();
        var afterRevision = context.GetArgument<long?>(AfterRevisionArgument);
        if (afterRevision < 0)
        {
            throw new ExecutionError($"afterRevision is {afterRevision}: give a revision an event carried, or leave it out to start from now.") { Code = ErrorCodes.InvalidArgument };
        }

        return ValueTask.FromResult<IObservable<object?>>(new ChangeStream(feed, afterRevision, events(context)));
    }
}
