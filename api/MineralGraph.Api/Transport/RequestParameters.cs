using System.Text.Json;
using GraphQL;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Checks the shape of each request parameter the same way for GET and POST, so both methods
/// refuse the same mistakes with the same messages.
/// </summary>
internal static class RequestParameters
{
    public const string Query = "query";
    public const string DocumentId = "documentId";
    public const string OperationName = "operationName";
    public const string Variables = "variables";
    public const string Extensions = "extensions";

    /// <summary>The error for a request with neither a document nor a persisted document's id.</summary>
    public static InvalidRequestError MissingQuery(bool isGet) =>
        new($"The request has no '{Query}' {(isGet ? "query-string parameter" : "property")}: send the GraphQL document as a string, e.g. {{\"query\": \"{{ __typename }}\"}}.");

    /// <summary>The parameters of a request sent as one JSON object: a POST body, a WebSocket <c>subscribe</c> payload.</summary>
    public static GraphQLHttpRequest ReadRequest(JsonElement root, IGraphQLTextSerializer serializer) => new(
        root.TryGetProperty(Query, out var query) ? ReadQuery(query) : null,
        root.TryGetProperty(DocumentId, out var documentId) ? ReadDocumentId(documentId) : null,
        root.TryGetProperty(OperationName, out var operationName) ? ReadOperationName(operationName) : null,
        root.TryGetProperty(Variables, out var variables) ? ReadMap(variables, Variables, serializer) : null,
        root.TryGetProperty(Extensions, out var extensions) ? ReadMap(extensions, Extensions, serializer) : null,
        IsGet: false);

    /// <summary>Reads <c>query</c>; null here is not yet an error, as a persisted document may stand in for it.</summary>
    public static string? ReadQuery(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => ReadText(element, Query),
        JsonValueKind.Null => null,
        _ => throw WrongKind(Query, "a string", element.ValueKind),
    };

    public static string? ReadDocumentId(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NullIfEmpty(ReadText(element, DocumentId)),
        JsonValueKind.Null => null,
        _ => throw WrongKind(DocumentId, "a string", element.ValueKind),
    };

    public static string? ReadOperationName(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NullIfEmpty(ReadText(element, OperationName)),
        JsonValueKind.Null => null,
        _ => throw WrongKind(OperationName, "a string or null", element.ValueKind),
    };

    /// <summary>Reads <c>variables</c> or <c>extensions</c>, which must be a JSON object or null.</summary>
    public static Inputs? ReadMap(JsonElement element, string name, IGraphQLTextSerializer serializer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                JsonValueCheck.Ensure(element, name);
                return serializer.ReadNode<Inputs>(element);
            case JsonValueKind.Null:
                return null;
            default:
                throw WrongKind(name, "a JSON object or null", element.ValueKind);
        }
    }

    /// <summary>Reads a JSON-encoded map from a GET query-string parameter.</summary>
    public static Inputs? ReadEncodedMap(string? json, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name, serializer);
        }
        catch (JsonException exception)
        {
            throw new InvalidJsonError($"'{name}' parameter", exception.Message);
        }
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string ReadText(JsonElement element, string name)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw JsonValueCheck.NotUnicode(name);
        }
    }

    private static InvalidRequestError WrongKind(string name, string expected, JsonValueKind actual) =>
        new($"The '{name}' parameter must be {expected}, not {Describe(actual)}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
