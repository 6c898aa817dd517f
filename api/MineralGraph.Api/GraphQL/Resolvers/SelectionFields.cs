using GraphQLParser;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>The fields of a selection set, with those of its inline fragments and fragment spreads (validation has refused cycles).</summary>
internal static class SelectionFields
{
    public static IEnumerable<GraphQLField> Of(GraphQLDocument document, GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var fields = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Of(document, inline.SelectionSet),
                GraphQLFragmentSpread spread when document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment => Of(document, fragment.SelectionSet),
                _ => [],
            };
            foreach (var field in fields)
            {
                yield return field;
            }
        }
    }
}
