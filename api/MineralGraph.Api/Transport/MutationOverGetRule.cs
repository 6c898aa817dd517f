using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses the selected operation when it is a mutation and the request came over GET. It runs
/// as a validation rule because only the parsed document says which operation was selected.
/// </summary>
internal sealed class MutationOverGetRule : ValidationRuleBase
{
    public static readonly MutationOverGetRule Instance = new();

    private MutationOverGetRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MutationOverGetError());
        }

        return default;
    }
}
