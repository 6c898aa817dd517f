using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>Bounds on what one mutation may write; bound from <c>GraphQL:Mutations</c>.</summary>
public sealed class MutationOptions
{
    public const string SectionName = "GraphQL:Mutations";

    /// <summary>Longest string value, in characters (the longest summary in the seed has about 500).</summary>
    [Range(1, 100_000)]
    public int MaxStringLength { get; set; } = 4_000;

    /// <summary>Most items in a list value: aliases, sources, <c>unset</c>.</summary>
    [Range(1, 1_000)]
    public int MaxListItems { get; set; } = 50;

    /// <summary>Longest node id, in characters.</summary>
    [Range(16, 1_000)]
    public int MaxIdLength { get; set; } = 120;
}
