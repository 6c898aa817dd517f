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

    public const int MaxRelationshipNesting = 3;

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

    /// <summary>Filters for nodes of <paramref name="labels"/>: with one label its properties and relationships can be filtered, with several only id, name and aliases.</summary>
    public IReadOnlyList<NodeFilter> Read(IReadOnlyList<string> labels, IDictionary<string, object?>? where, int nesting = 0)
    {
        if (where is null || where.Count == 0)
        {
            return [];
        }

        var label = labels.Count == 1 ? model.GetLabel(labels[0]) : null;
        var relationshipFields = label is null ? [] : _relationshipFields[label.Name];
        var filters = new List<NodeFilter>();
        foreach (var (field, condition) in where)
        {
            if (condition is not IDictionary<string, object?> operators)
            {
                continue;
            }

            if (relationshipFields.TryGetValue(field, out var relationship))
            {
                filters.AddRange(ReadRelationship(relationship, operators, nesting));
            }
            else
            {
                var type = field == GraphModel.IdProperty ? PropertyType.String : (label?.FindProperty(field) ?? FindCommon(field)).Type;
                filters.AddRange(ReadProperty(field, type, operators));
            }
        }

        return filters;
    }

    private static PropertyDefinition FindCommon(string field) =>
        GraphModel.NodeCommonProperties.First(p => p.Name == field);

    private IEnumerable<NodeFilter> ReadProperty(string property, PropertyType type, IDictionary<string, object?> operators)
    {
        foreach (var (name, value) in operators)
        {
            if (value is null)
            {
                continue;
            }

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

    private IEnumerable<NodeFilter> ReadRelationship(RelationshipField field, IDictionary<string, object?> quantifiers, int nesting)
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

            var quantifier = name == "none" ? Quantifier.None : Quantifier.Some;
            yield return new RelationshipFilter(field.Relationship.Type, field.Direction, quantifier, null, Read(field.OtherLabels, other, nesting + 1));
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
}
