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

    /// <summary>Deepest selection set, counted in fields, fragments followed; introspection has its own bounds.</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Largest estimated cost: each field costs 1, multiplied by the number of items of every list
    /// above it (a connection's <c>first</c>/<c>last</c> or default page, a list argument's length);
    /// the researchers' questions add <see cref="CostPerHop"/> for each hop they may walk.
    /// </summary>
    [Range(10, 100_000_000)]
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>What one hop of a researchers' traversal costs (<c>maxHops</c>, <c>depth</c>), for each item it starts from.</summary>
    [Range(1, 1_000_000)]
    public int CostPerHop { get; set; } = 2_500;

    /// <summary>Most lexical tokens in a document (names, punctuation, values, comments); counted before parsing.</summary>
    [Range(100, 1_000_000)]
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Most syntax-tree nodes in a parsed document.</summary>
    [Range(100, 1_000_000)]
    public int MaxNodes { get; set; } = 5_000;

    /// <summary>Deepest nesting the parser follows (selections, values, lists and objects alike).</summary>
    [Range(16, 1000)]
    public int MaxParserDepth { get; set; } = 100;

    /// <summary>
    /// Most fields of all operations as if every fragment spread were written out in place, counted
    /// once per fragment (so a fragment spread twice in each of 30 fragments counts 2^30 without being expanded).
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased fields in a document.</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most directives in a document.</summary>
    [Range(0, 100_000)]
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Most directives on one field, fragment or operation.</summary>
    [Range(0, 1000)]
    public int MaxDirectivesPerField { get; set; } = 5;

    /// <summary>Most fragment definitions in a document.</summary>
    [Range(0, 100_000)]
    public int MaxFragments { get; set; } = 100;

    /// <summary>
    /// Deepest chain of <c>ofType</c> in an introspection query: the standard query (graphql-js,
    /// GraphiQL, graphql-codegen, Apollo, Relay) nests it 7 or 9 times, enough for <c>[[T!]!]!</c>.
    /// </summary>
    [Range(1, 100)]
    public int MaxIntrospectionTypeDepth { get; set; } = 12;

    /// <summary>
    /// Deepest nesting of the introspection lists <c>fields</c>, <c>inputFields</c>, <c>interfaces</c>,
    /// <c>possibleTypes</c> (as graphql-js's MaxIntrospectionDepthRule: each level multiplies the answer by the schema's size).
    /// </summary>
    [Range(1, 10)]
    public int MaxIntrospectionListDepth { get; set; } = 2;
}
