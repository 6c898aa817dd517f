namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>What a <see cref="LiveClient"/> sends: its operations, with an API key, until <see cref="Count"/> results have arrived.</summary>
public sealed record LiveRequest(IReadOnlyList<LiveOperation> Operations, int Count = 1, string? ApiKey = null, bool Single = false, int TimeoutMs = 30000)
{
    public static LiveRequest Of(string query, object? variables = null, int count = 1, string? apiKey = null) =>
        new([new LiveOperation(query, variables)], count, apiKey);
}
