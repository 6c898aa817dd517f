using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;
using MineralGraph.Api.GraphQL.Limits;
using MineralGraph.Api.GraphQL.Mutations;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Runs one request through GraphQL.NET with the caller's services, user and cancellation, and
/// turns a run past <see cref="GraphQLHttpOptions.ExecutionTimeout"/> into a TIMEOUT error.
/// It chooses the validation rules: a new document gets the linear rules
/// (<see cref="LinearValidationRules"/>), the caller's permission, the cost estimate and the
/// transport's own (no mutation over GET, no subscription unless the answer streams: a
/// WebSocket or an event stream). A document that
/// already passed them gets only the rules whose verdict this request can change: the cost when
/// its variables feed it, and for a mutation the caller's permission. A query whose cost is fixed
/// by its text then runs no rule at all, and its validation is only the coercion of its variables
/// and the arguments they feed (<see cref="GraphQL.Validation.ValidatedDocumentValidator"/>). The schema
/// provides the cost and permission rules (a test schema may provide neither).
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLHttpOptions> options, CostRule? cost = null, MutationAuthorizationRule? permission = null)
{
    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    public Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request) =>
        ExecuteAsync(request, document: null, context.RequestServices, context.User, context.RequestAborted);

    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLHttpRequest request,
        PreparedDocument? document,
        IServiceProvider services,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Document,
            Document = document?.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            Timeout = _timeout,
            TimeoutAction = TimeoutAction.ThrowTimeoutException,
            ValidationRules = Rules(request, document),
        };

        try
        {
            return await executer.ExecuteAsync(executionOptions);
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(new ExecutionTimeoutError(_timeout));
        }
    }

    /// <remarks>The transport's own rules come first: a mutation over GET is 405 whoever sends it.</remarks>
    private IEnumerable<IValidationRule> Rules(GraphQLHttpRequest request, PreparedDocument? document)
    {
        var mutationOverGet = request.IsGet ? RefusedOperationRule.MutationOverGet : null;
        var subscriptionOverHttp = request.IsStreamed ? null : RefusedOperationRule.SubscriptionOverHttp;
        if (document is not { Validated: true } || document.Select(request.OperationName) is not { } operation)
        {
            IValidationRule?[] all = [.. LinearValidationRules.Core, subscriptionOverHttp, mutationOverGet, permission, cost];
            return [.. all.OfType<IValidationRule>()];
        }

        IValidationRule?[] chosen = operation.Type switch
        {
            OperationType.Mutation => [mutationOverGet, permission, document.CostDependsOnVariables ? cost : null],
            OperationType.Subscription => [subscriptionOverHttp, document.CostDependsOnVariables ? cost : null],
            _ => [document.CostDependsOnVariables ? cost : null],
        };
        return [.. chosen.OfType<IValidationRule>()];
    }
}
