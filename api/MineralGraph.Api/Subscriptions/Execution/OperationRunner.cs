using System.Text;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Transport;
using MineralGraph.Api.Transport.Errors;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Subscriptions.Execution;

/// <summary>
/// Runs one operation sent over a live transport through the same steps as GraphQL over HTTP:
/// persisted and trusted documents, the document cache, validation and cost analysis, then
/// the response cache for queries, execution for mutations, and <see cref="SharedSubscriptions"/>
/// for subscriptions. A refusal comes back as a GraphQL response, never as an exception.
/// </summary>
internal sealed class OperationRunner(
    PersistedDocumentResolver persistedDocuments,
    DocumentCache documents,
    GraphQLResponseCache responses,
    SharedSubscriptions subscriptions,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<GraphQLHttpOptions> options)
{
    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    /// <summary>
    /// Runs the request for the caller (<paramref name="context"/>'s user: over a WebSocket, the one
    /// <c>connection_init</c> named). Each operation gets a service scope of its own (its batch
    /// loaders among them), as an HTTP request does, though many share one connection; and one
    /// budget, <see cref="GraphQLHttpOptions.ExecutionTimeout"/>, covers reading its persisted
    /// document, parsing, validating and executing it, or starting its subscription.
    /// </summary>
    public async Task<OperationOutcome> RunAsync(GraphQLHttpRequest request, HttpContext context, ISubscriptionSink sink, CancellationToken cancellationToken)
    {
        request = request with { IsStreamed = true };
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_timeout);
        try
        {
            return await RunWithinAsync(request, context, sink, budget.Token);
        }
        catch (ExecutionError error)
        {
            // A persisted document the server does not know, or a document that does not parse.
            return Refused(new ExecutionResult(error));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Refused(new ExecutionResult(new ExecutionTimeoutError(_timeout)));
        }
    }

    /// <summary>A request refused before execution, as a GraphQL response.</summary>
    public OperationOutcome Refused(ExecutionResult result) => new(Serialize(result), false, null);

    private async Task<OperationOutcome> RunWithinAsync(GraphQLHttpRequest request, HttpContext context, ISubscriptionSink sink, CancellationToken cancellationToken)
    {
        request = await persistedDocuments.ResolveAsync(request, cancellationToken);
        var document = await documents.GetOrPrepareAsync(request.Document, cancellationToken);
        if (document.Select(request.OperationName) is { Type: OperationType.Subscription })
        {
            var started = await subscriptions.SubscribeAsync(request, document, context.User, sink);
            if (started.Subscription is not null)
            {
                await persistedDocuments.PersistAsync(request, new GraphQLOutcome(new ExecutionResult { Executed = true }, CacheStatus.None), context);
            }

            return started;
        }

        await using var scope = scopes.CreateAsyncScope();
        var outcome = await responses.RespondAsync(request, scope.ServiceProvider, context.User, cancellationToken);
        await persistedDocuments.PersistAsync(request, outcome, context);
        return outcome.Response is { } cached
            ? new OperationOutcome(cached.Body, true, null)
            : new OperationOutcome(Serialize(outcome.Result!), outcome.Result!.Executed, null);
    }

    private byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));
}
