namespace MineralGraph.Api.Auth;

/// <summary>
/// One API key: who holds it, what it may do, and the SHA-256 of the key. The key itself is
/// never configured, so a leaked configuration file grants nothing.
/// </summary>
public sealed class ApiKeyDefinition
{
    /// <summary>Who holds the key; becomes <c>User.Identity.Name</c> and appears in logs.</summary>
    public string Name { get; set; } = "";

    /// <summary>One of <see cref="ApiKeyRoles.All"/>.</summary>
    public string Role { get; set; } = "";

    /// <summary>The SHA-256 of the key's UTF-8 bytes, as 64 hex characters.</summary>
    public string Sha256 { get; set; } = "";
}
