using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Works out an operation's <see cref="CachePolicy"/> from the document alone, by Apollo's
/// rules: a field's maxAge is its own hint, else its type's hint, else (root fields and fields
/// of object type) the default; <c>inheritMaxAge</c> and scalar fields take their parent's.
/// The response gets the smallest maxAge, and is private if any field or type is. Fields under
/// <c>@skip</c>/<c>@include</c> count too, which can only make the policy stricter.
/// </summary>
internal sealed class CachePolicyCalculator(ISchema schema, int defaultMaxAge)
{
    private ISchema Schema { get; } = schema;

    private int DefaultMaxAge { get; } = defaultMaxAge;

    private readonly record struct Hint(int? MaxAge, CacheScope? Scope, bool InheritMaxAge)
    {
        public static Hint Of(IMetadataReader? element)
        {
            var directive = element?.FindAppliedDirective(CacheControlDirective.DirectiveName);
            return directive is null
                ? default
                : new Hint(
                    directive.FindArgument(CacheControlDirective.MaxAgeArgument)?.Value as int?,
                    directive.FindArgument(CacheControlDirective.ScopeArgument)?.Value as CacheScope?,
                    directive.FindArgument(CacheControlDirective.InheritMaxAgeArgument)?.Value is true);
        }
    }

    public CachePolicy Calculate(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var root = operation.Operation switch
        {
            OperationType.Query => Schema.Query,
            OperationType.Mutation => Schema.Mutation,
            _ => Schema.Subscription,
        };
        var walk = new Walk(this, document);
        if (root is not null)
        {
            walk.SelectionSet(root, operation.SelectionSet, parentMaxAge: null, isRoot: true);
        }

        return new CachePolicy(walk.MaxAge ?? DefaultMaxAge, walk.Scope);
    }

    private sealed class Walk(CachePolicyCalculator calculator, GraphQLDocument document)
    {
        // A fragment spread again under the same type and inherited maxAge adds nothing new; skipping
        // it keeps the walk linear even for documents that spread fragments exponentially often.
        private readonly HashSet<(string Fragment, string Type, int? ParentMaxAge)> _visited = [];

        public int? MaxAge { get; private set; }

        public CacheScope Scope { get; private set; }

        public void SelectionSet(IGraphType type, GraphQLSelectionSet? selections, int? parentMaxAge, bool isRoot)
        {
            if (selections is null)
            {
                return;
            }

            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Field(type, field, parentMaxAge, isRoot);
                        break;
                    case GraphQLInlineFragment inline:
                        SelectionSet(TypeCondition(inline.TypeCondition) ?? type, inline.SelectionSet, parentMaxAge, isRoot);
                        break;
                    case GraphQLFragmentSpread spread:
                        var fragment = document.FindFragmentDefinition(spread.FragmentName.Name.Value);
                        if (fragment is not null && _visited.Add((fragment.FragmentName.Name.StringValue, type.Name, parentMaxAge)))
                        {
                            SelectionSet(TypeCondition(fragment.TypeCondition) ?? type, fragment.SelectionSet, parentMaxAge, isRoot);
                        }

                        break;
                }
            }
        }

        private void Field(IGraphType parent, GraphQLField field, int? parentMaxAge, bool isRoot)
        {
            var schema = calculator.Schema;
            var name = field.Name.Value;
            var definition = name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : (parent as IComplexGraphType)?.GetField(name);
            if (definition?.ResolvedType is null)
            {
                // Not in the schema: validation will refuse the document.
                return;
            }

            var type = definition.ResolvedType.GetNamedType();
            var composite = type is IComplexGraphType or UnionGraphType;
            var fieldHint = Hint.Of(definition);
            var typeHint = composite ? Hint.Of(type) : default;

            if (fieldHint.Scope == CacheScope.Private || typeHint.Scope == CacheScope.Private)
            {
                Scope = CacheScope.Private;
            }

            var inherited = parentMaxAge ?? calculator.DefaultMaxAge;
            int? maxAge = fieldHint.MaxAge
                ?? (fieldHint.InheritMaxAge ? inherited
                : typeHint.MaxAge ?? (typeHint.InheritMaxAge ? inherited
                : isRoot || composite ? calculator.DefaultMaxAge : null));
            if (maxAge is { } value)
            {
                MaxAge = MaxAge is { } current ? Math.Min(current, value) : value;
            }

            if (composite)
            {
                SelectionSet(type, field.SelectionSet, maxAge ?? parentMaxAge, isRoot: false);
            }
        }

        private IGraphType? TypeCondition(GraphQLTypeCondition? condition) =>
            condition is null ? null : calculator.Schema.AllTypes[condition.Type.Name.StringValue];
    }
}
