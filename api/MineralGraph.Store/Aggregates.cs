using System.Globalization;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store;

public enum AggregateFunction
{
    /// <summary>How many records there are.</summary>
    Count,

    /// <summary>The smallest value of a number or date property; records without it are left out.</summary>
    Min,

    /// <summary>The largest value of a number or date property; records without it are left out.</summary>
    Max,

    /// <summary>The sum of a number property, as a double; null when no record has it.</summary>
    Sum,

    /// <summary>The mean of a number property, as a double; null when no record has it.</summary>
    Average,

    /// <summary>How many records have each value of a property, records without it counted under null; most first, then by value.</summary>
    CountByValue,
}

/// <summary>
/// One figure over a set of records: <see cref="Target"/> says whether <see cref="Property"/> is
/// read from the nodes or, over relationships, from the relationships themselves.
/// </summary>
public sealed record Aggregation(AggregateFunction Function, string? Property = null, SortTarget Target = SortTarget.Node)
{
    public static Aggregation Count { get; } = new(AggregateFunction.Count);
}

/// <summary>How many records have <see cref="Value"/> (null: those without the property).</summary>
public sealed record ValueCount(object? Value, long Count);

/// <summary>
/// The figures asked for. Count is a long; Min and Max have the property's own type (long,
/// double or <see cref="DateOnly"/>); Sum and Average a double; CountByValue an
/// <c>IReadOnlyList&lt;ValueCount&gt;</c>. Min, Max, Sum and Average are null over no value.
/// </summary>
public sealed record AggregateResult(IReadOnlyDictionary<Aggregation, object?> Values)
{
    public object? this[Aggregation aggregation] => Values.GetValueOrDefault(aggregation);

    /// <summary>The result over no records: counts of zero, no groups, no values.</summary>
    public static AggregateResult Empty(IEnumerable<Aggregation> aggregations) =>
        new(aggregations.Distinct().ToDictionary(a => a, a => a.Function switch
        {
            AggregateFunction.Count => (object?)0L,
            AggregateFunction.CountByValue => Array.Empty<ValueCount>(),
            _ => null,
        }));

    /// <summary>
    /// A figure as a store read it, in the port's types: a float property's whole numbers as
    /// doubles, dates from their text, booleans from 0 and 1, and groups most first.
    /// </summary>
    public static object? Decode(Aggregation aggregation, object? raw, PropertyType? type) => aggregation.Function switch
    {
        AggregateFunction.Count => Convert.ToInt64(raw ?? 0L, CultureInfo.InvariantCulture),
        AggregateFunction.Sum or AggregateFunction.Average => raw is null ? null : Convert.ToDouble(raw, CultureInfo.InvariantCulture),
        _ => DecodeValue(raw, type),
    };

    /// <summary>One value of a property as a store read it, in the port's type.</summary>
    public static object? DecodeValue(object? raw, PropertyType? type) => (raw, type) switch
    {
        (null, _) => null,
        (string text, PropertyType.Date) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        (long number, PropertyType.Float) => (double)number,
        (long number, PropertyType.Boolean) => number != 0,
        (double number, PropertyType.Int) => (long)number,
        _ => raw,
    };

    /// <summary>Groups most first, then by value (absent last), as every store answers them.</summary>
    public static IReadOnlyList<ValueCount> Order(IEnumerable<ValueCount> groups) =>
        [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.Value is null).ThenBy(g => g.Value, ValueComparer.Instance)];

    private sealed class ValueComparer : IComparer<object?>
    {
        public static ValueComparer Instance { get; } = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (IComparable a, _) when y is not null && a.GetType() == y.GetType() => a.CompareTo(y),
            _ => 0,
        };
    }
}

/// <summary>Figures over the nodes of a label that pass every filter.</summary>
public sealed record NodeAggregateQuery(string Label, IReadOnlyList<NodeFilter> Filters, IReadOnlyList<Aggregation> Aggregations);

/// <summary>
/// Figures over each parent's relationships of one type and direction, as
/// <see cref="RelationshipQuery"/> selects them: the other node's labels and filters, and the
/// relationship's own filters.
/// </summary>
public sealed record RelationshipAggregateQuery(
    IReadOnlyList<string> ParentIds,
    string Type,
    Direction Direction,
    IReadOnlyList<string>? OtherLabels,
    IReadOnlyList<NodeFilter> OtherFilters,
    IReadOnlyList<NodeFilter> RelationshipFilters,
    IReadOnlyList<Aggregation> Aggregations)
{
    /// <summary>The model's definition of the property an aggregation reads: on the relationship type, or on the first label at the other end that has it.</summary>
    public PropertyDefinition? PropertyOf(GraphModel model, Aggregation aggregation)
    {
        if (aggregation.Property is null)
        {
            return null;
        }

        var relationship = model.GetRelationship(Type);
        if (aggregation.Target == SortTarget.Relationship)
        {
            return relationship.FindProperty(aggregation.Property);
        }

        var others = OtherLabels is { Count: > 0 } ? OtherLabels : Direction switch
        {
            Direction.Outgoing => relationship.To,
            Direction.Incoming => relationship.From,
            _ => [.. relationship.From, .. relationship.To],
        };
        return others.Select(l => model.GetLabel(l).FindProperty(aggregation.Property)).FirstOrDefault(p => p is not null);
    }
}
