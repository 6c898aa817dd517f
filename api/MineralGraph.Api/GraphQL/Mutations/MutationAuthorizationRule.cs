using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// Lets a mutation run only for a caller with the <see cref="ApiKeyRoles.Editor"/> role. It runs
/// as a validation rule, before any field executes, so a refused request writes nothing; a
/// mutation that selects only <c>__typename</c> writes nothing and stays open.
/// </summary>
internal sealed class MutationAuthorizationRule : ValidationRuleBase
{
    public static readonly MutationAuthorizationRule Instance = new();

    private MutationAuthorizationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // A mutation refused for its HTTP method already (over GET) needs no second refusal.
        if (context.Operation.Operation == OperationType.Mutation
            && !context.Errors.Any(error => error is IHttpStatusError)
            && SelectsWrites(context.Document, context.Operation.SelectionSet, []))
        {
            var user = context.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                context.ReportError(new MutationUnauthenticatedError());
            }
            else if (!user.IsInRole(ApiKeyRoles.Editor))
            {
                context.ReportError(new MutationForbiddenError(user.Identity.Name));
            }
        }

        return default;
    }

    /// <summary>Whether the root selection holds a field other than <c>__typename</c>, looking through fragments.</summary>
    private static bool SelectsWrites(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var writes = selection switch
            {
                GraphQLField field => field.Name.StringValue != "__typename",
                GraphQLInlineFragment inline => SelectsWrites(document, inline.SelectionSet, visitedFragments),
                GraphQLFragmentSpread spread => visitedFragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    && SelectsWrites(document, fragment.SelectionSet, visitedFragments),
                _ => false,
            };
            if (writes)
            {
                return true;
            }
        }

        return false;
    }
}
