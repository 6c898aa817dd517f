using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace MineralGraph.Api.GraphQL.Validation;

/// <summary>
/// Where an operation has arguments to parse, in the order GraphQL.NET's validator parses them: the
/// directives of each node that has some, and the arguments of each field, the selected operation
/// only, each fragment once. It walks the operation as GraphQL.NET's own argument visitor does
/// (<c>DocumentValidator.ParseArgumentVisitor</c>, which is private), so the values and errors made
/// from these sites come in the same order.
/// </summary>
internal sealed class ArgumentSites : ASTVisitor<ArgumentSites.Context>
{
    private static readonly ArgumentSites Instance = new();

    /// <summary>Each site: a field with its definition, or a node whose directives to parse (no definition).</summary>
    public static IReadOnlyList<(ASTNode Node, FieldType? Field)> Find(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var context = new Context(schema, document);
        // The schema's own types and the parsed document: nothing here completes asynchronously.
        var walk = Instance.VisitAsync(operation, context);
        if (!walk.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("The argument walk did not complete synchronously.");
        }

        return context.Sites;
    }

    public override ValueTask VisitAsync(ASTNode? node, Context context)
    {
        if (node is IHasDirectivesNode { Directives.Count: > 0 })
        {
            context.Sites.Add((node, null));
        }

        return base.VisitAsync(node, context);
    }

    protected override async ValueTask VisitOperationDefinitionAsync(GraphQLOperationDefinition operationDefinition, Context context)
    {
        IComplexGraphType? type = operationDefinition.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (type == null)
        {
            return;
        }

        context.Types.Push(type);
        await base.VisitOperationDefinitionAsync(operationDefinition, context);
        context.Types.Pop();
    }

    protected override async ValueTask VisitInlineFragmentAsync(GraphQLInlineFragment inlineFragment, Context context)
    {
        if (inlineFragment.TypeCondition is not { } typeCondition)
        {
            await base.VisitInlineFragmentAsync(inlineFragment, context);
            return;
        }

        await InTypeAsync(typeCondition.Type.Name.Value, context, () => base.VisitInlineFragmentAsync(inlineFragment, context));
    }

    protected override ValueTask VisitFragmentSpreadAsync(GraphQLFragmentSpread fragmentSpread, Context context)
    {
        var name = fragmentSpread.FragmentName.Name.Value;
        if (context.VisitedFragments.Add(name) && context.Document.FindFragmentDefinition(name) is { } definition)
        {
            return VisitAsync(definition, context);
        }

        return default;
    }

    protected override ValueTask VisitFragmentDefinitionAsync(GraphQLFragmentDefinition fragmentDefinition, Context context) =>
        InTypeAsync(fragmentDefinition.TypeCondition.Type.Name.Value, context, () => base.VisitFragmentDefinitionAsync(fragmentDefinition, context));

    /// <summary>Visits a fragment's body as the type its condition names; under a union, with no type until an inner fragment names one.</summary>
    private static async ValueTask InTypeAsync(ROM typeName, Context context, Func<ValueTask> visitBody)
    {
        switch (context.Schema.AllTypes[typeName]?.GetNamedType())
        {
            case IComplexGraphType type:
                context.Types.Push(type);
                await visitBody();
                context.Types.Pop();
                break;
            case IAbstractGraphType:
                await visitBody();
                break;
        }
    }

    protected override async ValueTask VisitFieldAsync(GraphQLField field, Context context)
    {
        var schema = context.Schema;
        var name = field.Name.Value;
        var definition =
            name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType :
            name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType :
            name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType :
            context.Types.TryPeek(out var parent) ? parent?.Fields.Find(name) : null;
        if (definition == null)
        {
            return;
        }

        if (field.Arguments?.Count > 0)
        {
            context.Sites.Add((field, definition));
        }

        switch (definition.ResolvedType?.GetNamedType())
        {
            case IComplexGraphType type:
                context.Types.Push(type);
                await base.VisitFieldAsync(field, context);
                context.Types.Pop();
                break;
            case UnionGraphType:
                await base.VisitFieldAsync(field, context);
                break;
        }
    }

    internal sealed class Context(ISchema schema, GraphQLDocument document) : IASTVisitorContext
    {
        public ISchema Schema { get; } = schema;

        public GraphQLDocument Document { get; } = document;

        public Stack<IComplexGraphType?> Types { get; } = new();

        public HashSet<ROM> VisitedFragments { get; } = [];

        public List<(ASTNode Node, FieldType? Field)> Sites { get; } = [];

        public CancellationToken CancellationToken => default;
    }
}
