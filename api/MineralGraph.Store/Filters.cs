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

/// <summary>A condition on a node; a query's filters all hold (AND).</summary>
public abstract record NodeFilter;

/// <summary>A property compared with a value; a node without the property never passes.</summary>
public sealed record PropertyFilter(string Property, FilterOperator Operator, object Value) : NodeFilter;

/// <summary>Some, or no, relationship of a type leads to a node that passes every filter in <paramref name="Other"/>.</summary>
public sealed record RelationshipFilter(
    string Type,
    Direction Direction,
    Quantifier Quantifier,
    IReadOnlyList<string>? OtherLabels,
    IReadOnlyList<NodeFilter> Other) : NodeFilter;
