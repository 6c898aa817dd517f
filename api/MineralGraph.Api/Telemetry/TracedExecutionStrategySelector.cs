using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace MineralGraph.Api.Telemetry;

/// <summary>Hands out the registered strategy for each operation, wrapped so its run is a span.</summary>
internal sealed class TracedExecutionStrategySelector(IExecutionStrategySelector inner) : IExecutionStrategySelector
{
    public IExecutionStrategy Select(ExecutionContext context) => new TracedExecutionStrategy(inner.Select(context));
}
