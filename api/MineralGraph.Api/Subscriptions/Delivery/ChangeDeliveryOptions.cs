using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Subscriptions.Delivery;

/// <summary>
/// How this process learns of changes committed elsewhere; bound from the
/// <c>GraphQL:Subscriptions:Delivery</c> section and validated at start. With Redis
/// (<c>Cache:Redis</c>), committed changes arrive over pub/sub and the revision is only checked
/// now and then, to catch writes from processes that do not publish (the seed loader); without
/// it, or while Redis is down, the revision is polled.
/// </summary>
public sealed class ChangeDeliveryOptions
{
    public const string SectionName = "GraphQL:Subscriptions:Delivery";

    /// <summary>How often the store's revision is read while there are subscribers and no Redis to hear from: the longest a change made elsewhere waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "GraphQL:Subscriptions:Delivery:PollInterval must be between 10 milliseconds and 10 minutes.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the revision is read while Redis delivers: catches writes no process published, and messages Redis lost.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "GraphQL:Subscriptions:Delivery:ReconcileInterval must be between 10 milliseconds and 1 hour.")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(5);
}
