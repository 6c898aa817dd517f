using System.Text.Json;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// The API key in a <c>connection_init</c> payload, where browsers must put it (a WebSocket
/// cannot carry headers from a browser): <c>{"Authorization": "Bearer &lt;key&gt;"}</c> or
/// <c>{"X-API-Key": "&lt;key&gt;"}</c>, names in any case, at the top or under <c>headers</c> as
/// Apollo and urql clients send them. <c>Authorization: Bearer</c> wins when both are there, and
/// other authorization schemes are not ours to judge, as over HTTP.
/// </summary>
internal static class ConnectionInitKey
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The key and where it was found; null when the payload holds none.</summary>
    public static (string Key, string Field)? Read(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (Find(payload, "Authorization") is { } authorization && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (authorization[BearerPrefix.Length..].Trim(), "Authorization");
        }

        if (Find(payload, ApiKeyDefaults.HeaderName) is { } apiKey)
        {
            return (apiKey.Trim(), ApiKeyDefaults.HeaderName);
        }

        return Find(payload, "headers", out var headers) ? Read(headers) : null;
    }

    private static string? Find(JsonElement payload, string name) =>
        Find(payload, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Find(JsonElement payload, string name, out JsonElement value)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
