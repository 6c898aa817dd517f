using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Runs one request through GraphQL.NET with the caller's services, user and cancellation, and
/// turns a run past <see cref="GraphQLHttpOptions.ExecutionTimeout"/> into a TIMEOUT error.
/// Given a document that already passed validation, it runs only the rules that depend on more
/// than the document (the variables, the method, the caller): GraphQL.NET's cached-document
/// rules, to which rules registered with <c>useForCachedDocuments</c> (the complexity
/// analyzer) add themselves.
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLHttpOptions> options)
{
    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, MutationOverGetRule.Instance];
    private static readonly IValidationRule[] GetCachedDocumentValidationRules = [MutationOverGetRule.Instance];

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
        if (documentValidated)
        {
            executionOptions.ValidationRules = request.IsGet ? GetCachedDocumentValidationRules : [];
            executionOptions.CachedDocumentValidationRules = executionOptions.ValidationRules;
        }
        else if (request.IsGet)
        {
            executionOptions.ValidationRules = GetValidationRules;
            executionOptions.CachedDocumentValidationRules = GetCachedDocumentValidationRules;
        }

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
