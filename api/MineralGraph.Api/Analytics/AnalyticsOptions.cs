using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Analytics;

/// <summary>Bounds on the researchers' queries (paths, chains, exposure, export); bound from <c>Analytics</c>.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>Largest <c>maxHops</c> a traversal accepts.</summary>
    [Range(1, 12)]
    public int MaxHops { get; set; } = 8;

    /// <summary>Most paths one <c>paths</c> query returns.</summary>
    [Range(1, 100)]
    public int MaxPaths { get; set; } = 10;

    /// <summary>Most partial paths a traversal may visit before it is stopped with TRAVERSAL_TOO_LARGE.</summary>
    [Range(100, 1_000_000)]
    public int MaxVisitedPaths { get; set; } = 50_000;

    /// <summary>Most relationships read per node in one step (fan-out); a node with more stops the question with TRAVERSAL_TOO_LARGE.</summary>
    [Range(10, 1_000_000)]
    public int MaxFanOut { get; set; } = 10_000;

    /// <summary>Most nodes an export writes.</summary>
    [Range(10, 100_000)]
    public int MaxExportNodes { get; set; } = 2_000;
}
