using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses a subscription sent as a plain GET or POST, which answers once: the GraphQL-over-HTTP
/// spec's 400. It is a rule of its own, in the plain transport's rule lists only, so a streaming
/// transport (WebSocket, server-sent events) leaves it out.
/// </summary>
internal sealed class SubscriptionOverHttpRule : ValidationRuleBase
{
    public static readonly SubscriptionOverHttpRule Instance = new();

    private SubscriptionOverHttpRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new SubscriptionOverHttpError());
        }

        return default;
    }
}
