using Microsoft.Extensions.Diagnostics.HealthChecks;
using MineralGraph.Store;

namespace MineralGraph.Api.Hosting;

/// <summary>Healthy when the store answers; reports what it holds.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{statistics.NodeCount} nodes, {statistics.RelationshipCount} relationships.");
        }
        catch (GraphStoreException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message, exception);
        }
    }
}
