using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Runs one request through GraphQL.NET with the caller's services, user and cancellation, and
/// turns a run past <see cref="GraphQLHttpOptions.ExecutionTimeout"/> into a TIMEOUT error.
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLHttpOptions> options)
{
    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, MutationOverGetRule.Instance];
    private static readonly IValidationRule[] GetCachedDocumentValidationRules = [MutationOverGetRule.Instance];

    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    public async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            Timeout = _timeout,
            TimeoutAction = TimeoutAction.ThrowTimeoutException,
        };

        if (request.IsGet)
        {
            // Rules added later by the schema's own configuration append to these lists.
            executionOptions.ValidationRules = GetValidationRules;
            executionOptions.CachedDocumentValidationRules = GetCachedDocumentValidationRules;
        }

        try
        {
            return await executer.ExecuteAsync(executionOptions);
        }
        catch (TimeoutException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return new ExecutionResult(new ExecutionTimeoutError(_timeout));
        }
    }
}
