using System.Text.Json;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// The API keys in a <c>connection_init</c> payload, where browsers must put them (a WebSocket
/// cannot carry headers from a browser): <c>{"Authorization": "Bearer &lt;key&gt;"}</c> and
/// <c>{"X-API-Key": "&lt;key&gt;"}</c>, names in any case, at the top or under <c>headers</c> as
/// Apollo and urql clients send them. As over HTTP, both are checked, and other authorization
/// schemes are not ours to judge.
/// </summary>
internal static class ConnectionInitKey
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Every key the payload presents, with where it was, for <see cref="ApiKeyRing.Authenticate"/>.</summary>
    public static IEnumerable<(string Key, string Where)> Read(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (Find(payload, "Authorization") is { } authorization && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            yield return (authorization[BearerPrefix.Length..].Trim(), "The Authorization field of connection_init's payload");
        }

        if (Find(payload, ApiKeyDefaults.HeaderName) is { } apiKey)
        {
            yield return (apiKey.Trim(), $"The {ApiKeyDefaults.HeaderName} field of connection_init's payload");
        }

        if (Find(payload, "headers", out var headers))
        {
            foreach (var key in Read(headers))
            {
                yield return key;
            }
        }
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
