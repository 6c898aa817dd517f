using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.Api.GraphQL.Limits;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Runs one request through GraphQL.NET with the caller's services, user and cancellation, and
/// turns a run past <see cref="GraphQLHttpOptions.ExecutionTimeout"/> into a TIMEOUT error.
/// It validates with the linear rules (<see cref="LinearValidationRules"/>) and the transport's own
/// (no mutation over GET, no subscription unless the answer streams). Given a document that already passed
/// validation, it runs only the rules that depend on more than the document (the variables, the
/// method, the caller): the transport's, to which rules registered with
/// <c>useForCachedDocuments</c> (the cost estimate) add themselves.
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLHttpOptions> options)
{
    // The transport's own rules, by method and by whether the answer streams (WebSocket, event
    // stream), where a subscription has somewhere to send its results: POST, GET, streamed POST, streamed GET.
    private static readonly IValidationRule[][] TransportRules =
    [
        [SubscriptionOverHttpRule.Instance],
        [SubscriptionOverHttpRule.Instance, MutationOverGetRule.Instance],
        [],
        [MutationOverGetRule.Instance],
    ];

    private static readonly IValidationRule[][] AllRules = [.. TransportRules.Select(rules => (IValidationRule[])[.. LinearValidationRules.Core, .. rules])];

    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    public Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request) =>
        ExecuteAsync(request, document: null, documentValidated: false, context.RequestServices, context.User, context.RequestAborted);

    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLHttpRequest request,
        GraphQLDocument? document,
        bool documentValidated,
        IServiceProvider services,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Document,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            Timeout = _timeout,
            TimeoutAction = TimeoutAction.ThrowTimeoutException,
        };

        // Rules added later by the schema's own configuration append to these lists.
        var rules = (request.IsGet ? 1 : 0) + (request.IsStreamed ? 2 : 0);
        executionOptions.ValidationRules = documentValidated ? TransportRules[rules] : AllRules[rules];
        executionOptions.CachedDocumentValidationRules = TransportRules[rules];

        try
        {
            return await executer.ExecuteAsync(executionOptions);
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(new ExecutionTimeoutError(_timeout));
        }
    }
}
