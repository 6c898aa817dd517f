using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Analytics;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// Estimates what the selected operation will cost, with this request's variables, and refuses it
/// above <see cref="GraphQLLimitsOptions.MaxComplexity"/> before any resolver runs. It replaces
/// GraphQL.NET's complexity analyzer, which walks a fragment again at every spread (exponential
/// for fragment bombs), prices introspection like data (6.7 million for the standard introspection
/// query) and cannot see what the researchers' questions walk.
/// </summary>
/// <remarks>
/// A field costs 1, times the number of items of every list above it: a connection's page
/// (<c>first</c>, else <c>last</c>, else the default page size, at most the largest page) on its
/// <c>edges</c> and <c>nodes</c>; a list field's <c>ids</c> or <c>first</c>, else the default page
/// size. A field that walks the graph (an argument <c>maxHops</c> or <c>depth</c>) adds
/// <see cref="GraphQLLimitsOptions.CostPerHop"/> for each hop, times the items it starts from
/// (<c>of</c>, <c>items</c> lists); the paths it returns (<c>first</c>) count like any list. Introspection is free here: its
/// answer is bounded by the schema and by its own depth rules. Each fragment is priced once per
/// request, so the estimate takes time linear in the document.
/// </remarks>
internal sealed class CostRule(IOptions<GraphQLLimitsOptions> options, IOptions<AnalyticsOptions> analytics) : ValidationRuleBase
{
    private static readonly string[] HopArguments = ["maxHops", "depth"];
    private static readonly string[] StartArguments = ["of", "items"];

    /// <summary>Every argument the estimate reads: a document whose variables feed none of them costs the same at every request.</summary>
    public static IReadOnlySet<string> PricedArguments { get; } = new HashSet<string>([.. HopArguments, .. StartArguments, "first", "last", "ids"], StringComparer.Ordinal);

    private readonly GraphQLLimitsOptions _limits = options.Value;
    private readonly AnalyticsOptions _analytics = analytics.Value;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (OperationRoots.Of(context.Schema, context.Operation.Operation) is { } root)
        {
            var cost = new Estimate(context, _limits, _analytics).SelectionSet(root, context.Operation.SelectionSet, page: null);
            if (cost > _limits.MaxComplexity)
            {
                context.ReportError(new ValidationError(
                    $"The query's estimated cost is {cost:0}; at most {_limits.MaxComplexity} is allowed. Ask for smaller pages (first/last), fewer nested connections or fewer hops (maxHops, depth).")
                { Code = ErrorCodes.ComplexityExceeded });
            }
        }

        return default;
    }

    /// <remarks>
    /// Arguments past their own bounds (maxHops, first, list lengths) count at those bounds: the
    /// resolver refuses them with their own code, which says more than a cost would.
    /// </remarks>
    private sealed class Estimate(ValidationContext context, GraphQLLimitsOptions limits, AnalyticsOptions analytics)
    {
        private readonly ISchema _schema = context.Schema;
        private readonly Dictionary<(string Fragment, int? Page), double> _fragments = [];
        private Dictionary<string, GraphQLFragmentDefinition>? _definitions;

        /// <param name="page">The page size of the connection this selection set belongs to, for its <c>edges</c> and <c>nodes</c>.</param>
        public double SelectionSet(IGraphType parent, GraphQLSelectionSet set, int? page)
        {
            var cost = 0d;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        cost += Field(parent, field, page);
                        break;
                    case GraphQLInlineFragment inline:
                        cost += SelectionSet(TypeOf(inline.TypeCondition) ?? parent, inline.SelectionSet, page);
                        break;
                    case GraphQLFragmentSpread spread:
                        cost += Fragment(spread.FragmentName.Name.StringValue, parent, page);
                        break;
                }
            }

            return cost;
        }

        private double Fragment(string name, IGraphType parent, int? page)
        {
            if (_fragments.TryGetValue((name, page), out var known))
            {
                return known;
            }

            _definitions ??= context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            if (!_definitions.TryGetValue(name, out var fragment))
            {
                return 0;
            }

            // Cycles were refused with the document's bounds; the entry only keeps a cycle from recursing.
            _fragments[(name, page)] = 0;
            var cost = SelectionSet(TypeOf(fragment.TypeCondition) ?? parent, fragment.SelectionSet, page);
            _fragments[(name, page)] = cost;
            return cost;
        }

        private double Field(IGraphType parent, GraphQLField field, int? page)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || (parent as IComplexGraphType)?.GetField(name) is not { ResolvedType: { } type } definition)
            {
                // Introspection, or a field validation refuses.
                return 0;
            }

            var arguments = context.ArgumentValues?.GetValueOrDefault(field);
            var named = type.GetNamedType();
            var items = page is { } size && name is "edges" or "nodes" ? size
                : IsList(type) ? ListSize(definition, arguments)
                : 1;
            var childPage = IsConnection(named) ? PageSize(definition, arguments) : (int?)null;
            var children = field.SelectionSet is { } set ? SelectionSet(named, set, childPage) : 0;
            return 1 + Walk(definition, arguments) + (items * children);
        }

        /// <summary>What a field that walks the graph adds: each hop, for each item it starts from; the paths it returns (<c>first</c>) count as a list.</summary>
        private double Walk(FieldType definition, IDictionary<string, ArgumentValue>? arguments)
        {
            var hops = HopArguments.Select(name => Number(definition, arguments, name)).FirstOrDefault(n => n is not null);
            if (hops is not { } count)
            {
                return 0;
            }

            var starts = Math.Clamp(StartArguments.Select(name => Length(definition, arguments, name)).FirstOrDefault(n => n is not null) ?? 1, 1, limits.MaxListSize);
            return (double)limits.CostPerHop * Math.Clamp(count, 1, analytics.MaxHops) * starts;
        }

        private int PageSize(FieldType definition, IDictionary<string, ArgumentValue>? arguments) =>
            Math.Clamp(Number(definition, arguments, "first") ?? Number(definition, arguments, "last") ?? limits.DefaultPageSize, 0, limits.MaxPageSize);

        private int ListSize(FieldType definition, IDictionary<string, ArgumentValue>? arguments) =>
            Math.Clamp(Length(definition, arguments, "ids") ?? Number(definition, arguments, "first") ?? limits.DefaultPageSize, 0, Math.Max(limits.MaxListSize, limits.MaxSearchResults));

        private static int? Number(FieldType definition, IDictionary<string, ArgumentValue>? arguments, string name) =>
            Value(definition, arguments, name) switch
            {
                int number => number,
                long number => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
                _ => null,
            };

        private static int? Length(FieldType definition, IDictionary<string, ArgumentValue>? arguments, string name) =>
            Value(definition, arguments, name) is ICollection list ? list.Count : null;

        private static object? Value(FieldType definition, IDictionary<string, ArgumentValue>? arguments, string name) =>
            arguments is not null && arguments.TryGetValue(name, out var value) ? value.Value
            : definition.Arguments?.Find(name)?.DefaultValue;

        private static bool IsList(IGraphType type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

        private static bool IsConnection(IGraphType type) =>
            type is IComplexGraphType complex && complex.GetField("edges") is not null && complex.GetField("pageInfo") is not null;

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : _schema.AllTypes[condition.Type.Name.StringValue];
    }
}
