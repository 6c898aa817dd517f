using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>The subscriptions started and ended since the watch began, as the server's metric counts them.</summary>
public sealed class SubscriptionWatch(MetricCollector<long> active) : IDisposable
{
    /// <summary>Subscriptions running now that were not before the watch.</summary>
    public long Started => active.GetMeasurementSnapshot().Sum(m => m.Value);

    public async Task WaitForAsync(int started)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Started < started)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Started} subscriptions started within 20 s; expected {started}.");
            }

            await Task.Delay(20);
        }
    }

    public void Dispose() => active.Dispose();
}
