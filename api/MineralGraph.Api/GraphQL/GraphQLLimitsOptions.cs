using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.GraphQL;

/// <summary>Bounds on what one request may ask for; bound from <c>GraphQL:Limits</c>.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Page size when a connection gets neither <c>first</c> nor <c>last</c>.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest <c>first</c> or <c>last</c> a connection accepts.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Longest list argument (<c>nodes(ids:)</c>, <c>in</c> filters, labels).</summary>
    [Range(1, 10_000)]
    public int MaxListSize { get; set; } = 100;

    /// <summary>Most hits <c>search</c> returns.</summary>
    [Range(1, 1000)]
    public int MaxSearchResults { get; set; } = 50;

    /// <summary>Deepest selection set, counted in fields.</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Largest estimated cost: each field costs 1, multiplied by the page size of the connections
    /// above it (GraphQL.NET's complexity analyzer).
    /// </summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;
}
