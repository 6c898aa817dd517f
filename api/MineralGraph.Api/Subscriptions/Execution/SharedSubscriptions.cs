using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Subscriptions.Events;
using MineralGraph.Api.Transport;

namespace MineralGraph.Api.Subscriptions.Execution;

/// <summary>
/// Runs each distinct subscription once per process and sends every result to all its
/// subscribers, as Hasura multiplexes live queries: subscribers of the same document, operation
/// and variables share one GraphQL execution per event and one serialized payload, so a
/// thousand dashboards open on one subscription cost one execution per change, not a thousand.
/// Results do not depend on who subscribed (reads are open to everyone). A subscription that
/// names <c>afterRevision</c> replays the change log for its own subscriber, so it runs alone.
/// </summary>
internal sealed partial class SharedSubscriptions(
    GraphQLResponseCache responses,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    SubscriptionMetrics metrics,
    ILogger<SharedSubscriptions> logger)
{
    private readonly ConcurrentDictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly GraphQLResponseCache _responses = responses;
    private readonly IGraphQLTextSerializer _serializer = serializer;
    private readonly IServiceScopeFactory _scopes = scopes;
    private readonly SubscriptionMetrics _metrics = metrics;

    /// <summary>Starts the subscription for the sink, or joins the one already running for the same request.</summary>
    public async Task<OperationOutcome> SubscribeAsync(GraphQLHttpRequest request, PreparedDocument document, ClaimsPrincipal user, ISubscriptionSink sink)
    {
        if (NamesAfterRevision(document.Document, request.OperationName))
        {
            return await new Group(this, null, request, document, user).JoinAsync(sink) ?? throw new InvalidOperationException("A group of its own cannot close before it is joined.");
        }

        var key = Key(document, request);
        while (true)
        {
            var group = _groups.GetOrAdd(key, static (key, state) => new Group(state.Owner, key, state.Request, state.Document, state.User), (Owner: this, Request: request, Document: document, User: user));
            if (await group.JoinAsync(sink) is { } outcome)
            {
                return outcome;
            }
        }
    }

    private string Key(PreparedDocument document, GraphQLHttpRequest request) =>
        string.Concat(document.Hash, "\n", request.OperationName, "\n", request.Variables is null ? "" : _serializer.Serialize(new SortedDictionary<string, object?>(request.Variables, StringComparer.Ordinal)));

    /// <summary>Whether a root field of the operation names <c>afterRevision</c>, looking through fragments.</summary>
    private static bool NamesAfterRevision(GraphQLDocument document, string? operationName)
    {
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName);
        return operation is not null && NamesAfterRevision(document, operation.SelectionSet, []);
    }

    private static bool NamesAfterRevision(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<string> visitedFragments) =>
        selectionSet.Selections.Any(selection => selection switch
        {
            GraphQLField field => field.Arguments?.Any(a => a.Name.StringValue == ChangeStreamResolver.AfterRevisionArgument) == true,
            GraphQLInlineFragment inline => NamesAfterRevision(document, inline.SelectionSet, visitedFragments),
            GraphQLFragmentSpread spread => visitedFragments.Add(spread.FragmentName.Name.StringValue)
                && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                && NamesAfterRevision(document, fragment.SelectionSet, visitedFragments),
            _ => false,
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscription's result could not be serialized; its subscribers were sent its error instead.")]
    private partial void LogSerializationFailed(Exception exception);

    /// <summary>
    /// One running subscription and its sinks. It starts with its first sink and stops with its
    /// last; a sink that arrives while it closes is told to look again (<c>null</c>), and finds a new one.
    /// </summary>
    private sealed class Group(SharedSubscriptions owner, string? key, GraphQLHttpRequest request, PreparedDocument document, ClaimsPrincipal user) : IObserver<ExecutionResult>
    {
        private readonly Lock _gate = new();
        private ISubscriptionSink[] _sinks = [];
        private Task<ExecutionResult>? _starting;
        private IDisposable? _stream;
        private bool _closed;

        public async Task<OperationOutcome?> JoinAsync(ISubscriptionSink sink)
        {
            Task<ExecutionResult> starting;
            lock (_gate)
            {
                if (_closed)
                {
                    return null;
                }

                _sinks = [.. _sinks, sink];
                starting = _starting ??= StartAsync();
            }

            var result = await starting;
            if (result.Streams is null)
            {
                Close();
                return new OperationOutcome(Encoding.UTF8.GetBytes(owner._serializer.Serialize(result)), result.Executed, null);
            }

            return new OperationOutcome(ReadOnlyMemory<byte>.Empty, true, new Membership(this, sink));
        }

        public void OnNext(ExecutionResult value)
        {
            byte[] payload;
            try
            {
                payload = Encoding.UTF8.GetBytes(owner._serializer.Serialize(value));
            }
            catch (JsonException exception)
            {
                owner.LogSerializationFailed(exception);
                payload = Encoding.UTF8.GetBytes(owner._serializer.Serialize(new ExecutionResult(new ExecutionError("The result of this event could not be serialized.", exception))));
            }

            foreach (var sink in Volatile.Read(ref _sinks))
            {
                sink.Next(payload);
            }
        }

        public void OnError(Exception error)
        {
            OnNext(new ExecutionResult(error as ExecutionError ?? new ExecutionError(error.Message, error)));
            OnCompleted();
        }

        public void OnCompleted()
        {
            foreach (var sink in Volatile.Read(ref _sinks))
            {
                sink.Complete();
            }

            Close();
        }

        private async Task<ExecutionResult> StartAsync()
        {
            ExecutionResult result;
            await using (var scope = owner._scopes.CreateAsyncScope())
            {
                // The first execution resolves the stream; each event then runs in a scope of its own.
                result = await owner._responses.ExecuteAsync(request, document, scope.ServiceProvider, user, CancellationToken.None);
            }

            if (result.Streams?.Values.SingleOrDefault() is { } stream)
            {
                var subscription = stream.Subscribe(this);
                owner._metrics.Execution(1);
                lock (_gate)
                {
                    _stream = subscription;
                    if (!_closed)
                    {
                        return result;
                    }
                }

                End(subscription);
            }

            return result;
        }

        private void Leave(ISubscriptionSink sink)
        {
            IDisposable? stream;
            lock (_gate)
            {
                _sinks = Array.FindAll(_sinks, s => s != sink);
                if (_sinks.Length > 0 || !MarkClosed(out stream))
                {
                    return;
                }
            }

            End(stream);
        }

        private void Close()
        {
            IDisposable? stream;
            lock (_gate)
            {
                if (!MarkClosed(out stream))
                {
                    return;
                }
            }

            End(stream);
        }

        private void End(IDisposable? stream)
        {
            if (stream is not null)
            {
                stream.Dispose();
                owner._metrics.Execution(-1);
            }
        }

        /// <summary>Closes the group, under the lock, so no sink joins it from now on; false when it was closed already.</summary>
        private bool MarkClosed(out IDisposable? stream)
        {
            stream = _stream;
            if (_closed)
            {
                return false;
            }

            _closed = true;
            if (key is not null)
            {
                owner._groups.TryRemove(new KeyValuePair<string, Group>(key, this));
            }

            return true;
        }

        private sealed class Membership(Group group, ISubscriptionSink sink) : IDisposable
        {
            private int _disposed;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    group.Leave(sink);
                }
            }
        }
    }
}
