using System.Security.Claims;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
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
    IServiceScopeFactory scopes)
{
    /// <summary>
    /// Runs the request for the caller. Each operation gets a service scope of its own (its batch
    /// loaders among them), as an HTTP request does, though many share one connection.
    /// </summary>
    public async Task<OperationOutcome> RunAsync(GraphQLHttpRequest request, ClaimsPrincipal user, ISubscriptionSink sink, CancellationToken cancellationToken)
    {
        PreparedDocument document;
        try
        {
            request = await persistedDocuments.ResolveAsync(request, cancellationToken);
            document = await documents.GetOrPrepareAsync(request.Document, cancellationToken);
        }
        catch (ExecutionError error)
        {
            // A persisted document the server does not know, or a document that does not parse.
            return Refused(new ExecutionResult(error));
        }

        if (document.Select(request.OperationName) is { Type: OperationType.Subscription })
        {
            var started = await subscriptions.SubscribeAsync(request, document, user, sink);
            if (started.Subscription is not null)
            {
                await persistedDocuments.PersistAsync(request, new GraphQLOutcome(new ExecutionResult { Executed = true }, CacheStatus.None), cancellationToken);
            }

            return started;
        }

        await using var scope = scopes.CreateAsyncScope();
        var outcome = await responses.RespondAsync(request, scope.ServiceProvider, user, cancellationToken);
        await persistedDocuments.PersistAsync(request, outcome, cancellationToken);
        return outcome.Response is { } cached
            ? new OperationOutcome(cached.Body, true, null)
            : new OperationOutcome(Serialize(outcome.Result!), outcome.Result!.Executed, null);
    }

    /// <summary>A request refused before execution, as a GraphQL response.</summary>
    public OperationOutcome Refused(ExecutionResult result) => new(Serialize(result), false, null);

    private byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));
}
