namespace MineralGraph.Api.Auth;

/// <summary>The names the API-key scheme puts on the principals it creates.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme, and the <c>AuthenticationType</c> of its identities.</summary>
    public const string AuthenticationScheme = "ApiKey";

    /// <summary>The header that carries a key when <c>Authorization: Bearer</c> cannot be used.</summary>
    public const string HeaderName = "X-API-Key";
}
