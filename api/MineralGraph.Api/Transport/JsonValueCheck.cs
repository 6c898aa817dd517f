using System.Text.Json;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses JSON that parses but that no later step can carry: a number no double holds
/// (<c>1e400</c>, which the response cache's key cannot write), and text that is not valid
/// Unicode (a lone surrogate escape such as <c>"\ud800"</c>, which cannot be turned into a
/// string). The JSON parser accepts both; reading them later would fail inside the server.
/// </summary>
internal static class JsonValueCheck
{
    public static void Ensure(JsonElement element, string parameter)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    EnsureText(property, parameter);
                    Ensure(property.Value, parameter);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Ensure(item, parameter);
                }

                break;
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new InvalidJsonError($"'{parameter}' parameter", $"the number {Excerpt(element.GetRawText())} is out of range; send numbers within ±1.7e308");
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw NotUnicode(parameter);
                }

                break;
        }
    }

    /// <summary>The error for text that is not valid UTF-8 or holds a lone surrogate escape.</summary>
    public static InvalidJsonError NotUnicode(string parameter) =>
        new($"'{parameter}' parameter", "it holds text that is not valid Unicode, such as invalid UTF-8 or a lone surrogate escape like \\ud800; send valid UTF-8 text");

    private static void EnsureText(JsonProperty property, string parameter)
    {
        try
        {
            _ = property.Name;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode(parameter);
        }
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
