using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using FieldType = GraphQL.Types.FieldType;
using GraphQLParser.AST;

namespace MineralGraph.Api.Telemetry;

/// <summary>
/// Runs a validated operation inside the execute span: named <c>{type} {name}</c> (or the type
/// alone for an anonymous operation) and tagged with <c>graphql.operation.type</c>,
/// <c>graphql.operation.name</c> and <c>graphql.document</c>, as the OpenTelemetry GraphQL
/// semantic conventions say; failed with the first error's code when the result has errors. The
/// store calls of the resolvers are its children.
/// </summary>
internal sealed class TracedExecutionStrategy(IExecutionStrategy inner) : IExecutionStrategy
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        using var activity = MineralGraphActivitySource.Source.StartActivity(MineralGraphActivitySource.ExecuteSpan);
        if (activity is not null)
        {
            Describe(activity, context);
        }

        try
        {
            var result = await inner.ExecuteAsync(context);
            if (activity is not null && result.Errors is { Count: > 0 } errors)
            {
                activity.SetStatus(ActivityStatusCode.Error, errors[0].Code ?? errors[0].Message);
            }

            return result;
        }
        catch (Exception exception)
        {
            MineralGraphActivitySource.Fail(activity, exception);
            throw;
        }
    }

    public Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) => inner.ExecuteNodeTreeAsync(context, rootNode);

    public Dictionary<string, (GraphQLField field, FieldType fieldType)>? GetSubFields(ExecutionContext executionContext, ExecutionNode executionNode) =>
        inner.GetSubFields(executionContext, executionNode);

    private static void Describe(Activity activity, ExecutionContext context)
    {
        var type = context.Operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var name = context.Operation.Name?.StringValue;
        activity.DisplayName = name is null ? type : $"{type} {name}";
        activity.SetTag(MineralGraphActivitySource.OperationTypeTag, type);
        if (name is not null)
        {
            activity.SetTag(MineralGraphActivitySource.OperationNameTag, name);
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(MineralGraphActivitySource.DocumentTag, context.Document.Source.ToString());
        }
    }
}
