namespace MineralGraph.Api.Auth;

/// <summary>The roles an API key can carry.</summary>
public static class ApiKeyRoles
{
    /// <summary>May run mutations: create, update and delete nodes and relationships.</summary>
    public const string Editor = "editor";

    /// <summary>Reads only, like an anonymous caller, but identified (its responses are cached privately).</summary>
    public const string Reader = "reader";

    public static IReadOnlyList<string> All { get; } = [Editor, Reader];
}
