namespace MineralGraph.Store;

public enum FilterOperator
{
    Equals,

    /// <summary>Value is an <c>IReadOnlyList&lt;object&gt;</c>.</summary>
    In,

    /// <summary>Case-insensitive substring.</summary>
    Contains,

    /// <summary>Case-insensitive prefix.</summary>
    StartsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,

    /// <summary>A list property holds the value.</summary>
    Includes,
}

public enum Quantifier
{
    Some,
    None,
}

/// <summary>
/// A condition on a node (or, in <see cref="RelationshipQuery.RelationshipFilters"/>, on a
/// relationship); a query's filters all hold (AND). Conditions combine as in SQL and Cypher: a
/// condition on a property the record lacks is unknown, and so is its negation, so such a
/// record passes neither <c>status = closed</c> nor <c>NOT status = closed</c>.
/// </summary>
public abstract record NodeFilter;

/// <summary>A property compared with a value; a record without the property never passes.</summary>
public sealed record PropertyFilter(string Property, FilterOperator Operator, object Value) : NodeFilter;

/// <summary>Some, or no, relationship of a type leads to a node that passes every filter in <paramref name="Other"/>. Nodes only.</summary>
public sealed record RelationshipFilter(
    string Type,
    Direction Direction,
    Quantifier Quantifier,
    IReadOnlyList<string>? OtherLabels,
    IReadOnlyList<NodeFilter> Other) : NodeFilter;

/// <summary>Every filter holds; with none, the condition always holds.</summary>
public sealed record AllFilter(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

/// <summary>At least one filter holds; with none, the condition never holds.</summary>
public sealed record AnyFilter(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

/// <summary>The filter does not hold (and is not unknown: see <see cref="NodeFilter"/>).</summary>
public sealed record NotFilter(NodeFilter Filter) : NodeFilter;

public static class NodeFilters
{
    /// <summary>Whether the filter, or one nested in it, is a <see cref="RelationshipFilter"/>: true where only properties may be tested.</summary>
    public static bool WalksRelationships(NodeFilter filter) => filter switch
    {
        RelationshipFilter => true,
        AllFilter all => all.Filters.Any(WalksRelationships),
        AnyFilter any => any.Filters.Any(WalksRelationships),
        NotFilter not => WalksRelationships(not.Filter),
        _ => false,
    };
}
