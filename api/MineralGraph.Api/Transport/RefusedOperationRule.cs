using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses the selected operation when it is of a type the request's transport cannot carry. It
/// runs as a validation rule because only the parsed document says which operation was
/// selected; the transport adds it to a request's rules where it applies.
/// </summary>
internal sealed class RefusedOperationRule(OperationType refused, Func<ValidationError> error) : ValidationRuleBase
{
    /// <summary>A mutation sent over GET (405): GET stays safe.</summary>
    public static readonly RefusedOperationRule MutationOverGet = new(OperationType.Mutation, () => new MutationOverGetError());

    /// <summary>
    /// A subscription sent as a plain GET or POST, which answers once: the GraphQL-over-HTTP spec's
    /// 400. A streaming transport (WebSocket, server-sent events) leaves this rule out.
    /// </summary>
    public static readonly RefusedOperationRule SubscriptionOverHttp = new(OperationType.Subscription, () => new SubscriptionOverHttpError());

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == refused)
        {
            context.ReportError(error());
        }

        return default;
    }
}
