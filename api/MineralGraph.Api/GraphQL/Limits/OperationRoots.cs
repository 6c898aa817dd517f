using GraphQL.Types;
using GraphQLParser.AST;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>The type an operation's selection set starts from; null when the schema has none for it (validation says so).</summary>
internal static class OperationRoots
{
    public static IObjectGraphType? Of(ISchema schema, OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };
}
