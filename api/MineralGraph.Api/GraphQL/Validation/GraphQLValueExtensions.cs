using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Validation;

internal static class GraphQLValueExtensions
{
    /// <summary>Whether a variable is anywhere in the value, inside lists and input objects too: then each request's variables decide it.</summary>
    public static bool HoldsVariable(this GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HoldsVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(field => field.Value.HoldsVariable()) == true,
        _ => false,
    };
}
