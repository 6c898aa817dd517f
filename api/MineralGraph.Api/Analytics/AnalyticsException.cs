namespace MineralGraph.Api.Analytics;

/// <summary>A researcher's question the API will not answer as asked; the message says what to change and the code is one of <see cref="Errors.ErrorCodes"/>.</summary>
public sealed class AnalyticsException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
