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
/// (no mutation over GET, no subscription over plain HTTP). Given a document that already passed
/// validation, it runs only the rules that depend on more than the document (the variables, the
/// method, the caller): the transport's, to which rules registered with
/// <c>useForCachedDocuments</c> (the cost estimate) add themselves.
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLHttpOptions> options)
{
    private static readonly IValidationRule[] PostValidationRules = [.. LinearValidationRules.Core, SubscriptionOverHttpRule.Instance];
    private static readonly IValidationRule[] PostCachedDocumentValidationRules = [SubscriptionOverHttpRule.Instance];
    private static readonly IValidationRule[] GetValidationRules = [.. PostValidationRules, MutationOverGetRule.Instance];
    private static readonly IValidationRule[] GetCachedDocumentValidationRules = [.. PostCachedDocumentValidationRules, MutationOverGetRule.Instance];

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
        var cachedRules = request.IsGet ? GetCachedDocumentValidationRules : PostCachedDocumentValidationRules;
        executionOptions.ValidationRules = documentValidated ? cachedRules : request.IsGet ? GetValidationRules : PostValidationRules;
        executionOptions.CachedDocumentValidationRules = cachedRules;

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
