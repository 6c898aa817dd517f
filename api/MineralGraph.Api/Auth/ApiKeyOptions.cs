namespace MineralGraph.Api.Auth;

/// <summary>The API keys the service accepts; bound from the <c>Auth</c> section and validated at start.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Auth";

    /// <summary>No keys by default: everyone reads, nobody writes.</summary>
    public List<ApiKeyDefinition> ApiKeys { get; set; } = [];
}
