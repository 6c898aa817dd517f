using GraphQL;
using MineralGraph.Api.Errors;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Filtering;

/// <summary>Turns a <c>where</c> argument (already coerced by GraphQL.NET into dictionaries) into the port's filters.</summary>
public sealed class WhereReader(GraphModel model, GraphQLLimitsOptions limits)
{
    /// <summary>Each label's relationship fields by name, worked out once rather than on every filter read.</summary>
    private readonly Dictionary<string, Dictionary<string, RelationshipField>> _relationshipFields = model.Labels.ToDictionary(
        l => l.Name,
        l => RelationshipField.Of(model, l.Name).ToDictionary(f => f.FieldName, StringComparer.Ordinal),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, RelationshipField> NoRelationships = [];

    public const int MaxRelationshipNesting = 3;

    /// <summary>How deep AND, OR and NOT may nest in one <c>where</c>.</summary>
    public const int MaxBooleanNesting = 5;

    /// <summary>How many conditions (one per operator of a property, one per relationship filter) one <c>where</c> may hold, however nested.</summary>
    public const int MaxConditions = 50;

    public const string And = "AND";
    public const string Or = "OR";
    public const string Not = "NOT";

    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Equals,
        ["in"] = FilterOperator.In,
        ["contains"] = FilterOperator.Contains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.GreaterThan,
        ["gte"] = FilterOperator.GreaterThanOrEqual,
        ["lt"] = FilterOperator.LessThan,
        ["lte"] = FilterOperator.LessThanOrEqual,
        ["includes"] = FilterOperator.Includes,
    };

    /// <summary>
    /// Filters for nodes of <paramref name="labels"/>: with one label its properties and
    /// relationships can be filtered, with several the properties they share.
    /// </summary>
    public IReadOnlyList<NodeFilter> Read(IReadOnlyList<string> labels, IDictionary<string, object?>? where) =>
        Read(NodeScope(labels), where, new Budget(), relationshipNesting: 0, booleanNesting: 0);

    /// <summary>Filters on the properties of relationships of one type (an edge's <c>where</c>).</summary>
    public IReadOnlyList<NodeFilter> ReadRelationship(RelationshipDefinition relationship, IDictionary<string, object?>? where) =>
        Read(new Scope(relationship.FindProperty, NoRelationships), where, new Budget(), relationshipNesting: 0, booleanNesting: 0);

    private Scope NodeScope(IReadOnlyList<string> labels)
    {
        var label = model.GetLabel(labels[0]);
        return new Scope(label.FindProperty, labels.Count == 1 ? _relationshipFields[label.Name] : NoRelationships);
    }

    private List<NodeFilter> Read(Scope scope, IDictionary<string, object?>? where, Budget budget, int relationshipNesting, int booleanNesting)
    {
        if (where is null || where.Count == 0)
        {
            return [];
        }

        var filters = new List<NodeFilter>();
        foreach (var (field, condition) in where)
        {
            switch (field, condition)
            {
                case (_, null):
                    break;
                case (And or Or, IEnumerable<object?> operands):
                    var read = operands.OfType<IDictionary<string, object?>>()
                        .Select(operand => Combined(Read(scope, operand, budget, relationshipNesting, Deeper(booleanNesting, field))))
                        .ToList();
                    filters.Add(field == And ? new AllFilter(read) : new AnyFilter(read));
                    break;
                case (Not, IDictionary<string, object?> operand):
                    filters.Add(new NotFilter(Combined(Read(scope, operand, budget, relationshipNesting, Deeper(booleanNesting, field)))));
                    break;
                case (_, IDictionary<string, object?> operators) when scope.RelationshipFields.TryGetValue(field, out var relationship):
                    filters.AddRange(ReadRelationship(relationship, operators, budget, relationshipNesting));
                    break;
                case (_, IDictionary<string, object?> operators):
                    var type = field == GraphModel.IdProperty ? PropertyType.String : scope.FindProperty(field)!.Type;
                    filters.AddRange(ReadProperty(field, type, operators, budget));
                    break;
            }
        }

        return filters;
    }

    /// <summary>One operand of AND, OR or NOT: its conditions all hold.</summary>
    private static NodeFilter Combined(List<NodeFilter> filters) => filters.Count == 1 ? filters[0] : new AllFilter(filters);

    private static int Deeper(int booleanNesting, string operatorName) =>
        booleanNesting < MaxBooleanNesting
            ? booleanNesting + 1
            : throw new ExecutionError($"AND, OR and NOT nest deeper than {MaxBooleanNesting} levels at '{operatorName}'; flatten the condition (OR of ORs is one OR).") { Code = ErrorCodes.InvalidArgument };

    private IEnumerable<NodeFilter> ReadProperty(string property, PropertyType type, IDictionary<string, object?> operators, Budget budget)
    {
        foreach (var (name, value) in operators)
        {
            if (value is null)
            {
                continue;
            }

            budget.Spend();
            var filterOperator = Operators[name];
            if (filterOperator == FilterOperator.In)
            {
                var items = ((IEnumerable<object?>)value).Where(v => v is not null).Select(v => Normalize(property, v!, type)).ToList();
                if (items.Count > limits.MaxListSize)
                {
                    throw new ExecutionError($"The in-list of '{property}' has {items.Count} values, more than the {limits.MaxListSize} allowed; split the request.") { Code = ErrorCodes.ListSizeExceeded };
                }

                yield return new PropertyFilter(property, filterOperator, items);
            }
            else
            {
                yield return new PropertyFilter(property, filterOperator, Normalize(property, value, type));
            }
        }
    }

    private IEnumerable<NodeFilter> ReadRelationship(RelationshipField field, IDictionary<string, object?> quantifiers, Budget budget, int nesting)
    {
        if (nesting >= MaxRelationshipNesting)
        {
            throw new ExecutionError($"Relationship filters nest deeper than {MaxRelationshipNesting} levels at '{field.FieldName}'; filter on fewer hops.") { Code = ErrorCodes.InvalidArgument };
        }

        foreach (var (name, value) in quantifiers)
        {
            if (value is not IDictionary<string, object?> other)
            {
                continue;
            }

            budget.Spend();
            var quantifier = name == "none" ? Quantifier.None : Quantifier.Some;
            yield return new RelationshipFilter(field.Relationship.Type, field.Direction, quantifier, null, Read(NodeScope(field.OtherLabels), other, budget, nesting + 1, booleanNesting: 0));
        }
    }

    /// <summary>
    /// GraphQL.NET hands Int as int; the port speaks long. Text may not hold control characters:
    /// no name or property holds one, and a NUL would match every node in some stores.
    /// </summary>
    private static object Normalize(string property, object value, PropertyType type) => (value, type) switch
    {
        (int number, PropertyType.Int) => (long)number,
        (int number, PropertyType.Float) => (double)number,
        (long number, PropertyType.Float) => (double)number,
        (string text, _) when ControlCharacterAt(text) is { } at =>
            throw new ExecutionError($"The filter on '{property}' holds the control character U+{(int)text[at]:X4} at position {at}: remove control characters from filter text.") { Code = ErrorCodes.InvalidArgument },
        _ => value,
    };

    private static int? ControlCharacterAt(string text)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        if (at < 0)
        {
            at = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        }

        return at < 0 ? null : at;
    }

    /// <summary>What a <c>where</c> can name: properties, and relationship fields on a node of one label.</summary>
    private sealed record Scope(Func<string, PropertyDefinition?> FindProperty, IReadOnlyDictionary<string, RelationshipField> RelationshipFields);

    /// <summary>The conditions one <c>where</c> may still add.</summary>
    private sealed class Budget
    {
        private int _conditions;

        public void Spend()
        {
            if (++_conditions > MaxConditions)
            {
                throw new ExecutionError($"The filter holds more than {MaxConditions} conditions; use 'in' for a list of values, or split the request.") { Code = ErrorCodes.InvalidArgument };
            }
        }
    }
}
