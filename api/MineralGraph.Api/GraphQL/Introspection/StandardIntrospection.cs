using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace MineralGraph.Api.GraphQL.Introspection;

/// <summary>
/// Completes GraphQL.NET 8's introspection types with what graphql-js 16's
/// <c>getIntrospectionQuery</c> may ask for, so the queries of GraphiQL, graphql-codegen, Apollo
/// and Relay tooling validate whatever options they were made with: <c>__Type.specifiedByURL</c>
/// (GraphQL.NET 8 has no field for it; no scalar here names a specification, so it is null) and
/// <c>includeDeprecated</c> on <c>__Directive.args</c> (no directive argument is deprecated here,
/// so every argument is listed either way). <c>isRepeatable</c> and the other input-value
/// deprecation arguments come from the schema's features.
/// </summary>
internal static class StandardIntrospection
{
    public static void Complete(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType when typeType.GetField("specifiedByURL") is null:
                typeType.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Type = typeof(StringGraphType),
                    Resolver = new FuncFieldResolver<object?>(_ => null),
                });
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                (args.Arguments ??= []).Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                break;
        }
    }
}
