using System.Globalization;
using System.Text.Json;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Reads Query API response bodies in the typed JSON format into .NET values.</summary>
internal static class TypedJsonReader
{
    public static async Task<QueryApiResponse> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The response body is not a JSON object.");
        }

        var result = CypherResult.Empty;
        IReadOnlyList<QueryApiError> errors = [];
        IReadOnlyList<string> bookmarks = [];
        string? transactionId = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "data":
                    result = ReadData(property.Value);
                    break;
                case "errors":
                    errors = [.. property.Value.EnumerateArray().Select(e => new QueryApiError(
                        e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                        e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))];
                    break;
                case "bookmarks":
                    bookmarks = [.. property.Value.EnumerateArray().Select(b => b.GetString()!)];
                    break;
                case "transaction" when property.Value.TryGetProperty("id", out var id):
                    transactionId = id.GetString();
                    break;
            }
        }

        return new QueryApiResponse(result, errors, bookmarks, transactionId);
    }

    private static CypherResult ReadData(JsonElement data)
    {
        var fields = data.TryGetProperty("fields", out var names) ? names.EnumerateArray().Select(f => f.GetString()!).ToArray() : [];
        var rows = new List<object?[]>();
        if (data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                var cells = new object?[row.GetArrayLength()];
                var i = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    cells[i++] = ReadValue(cell);
                }

                rows.Add(cells);
            }
        }

        return new CypherResult(fields, rows);
    }

    public static object? ReadValue(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("$type", out var typeName))
        {
            throw new JsonException($"Expected a typed value {{\"$type\", \"_value\"}}, found {typed.ValueKind}.");
        }

        var value = typed.GetProperty("_value");
        return typeName.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble(),
            "String" => value.GetString(),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "List" => value.EnumerateArray().Select(ReadValue).ToList(),
            "Map" => ReadMap(value),
            "Node" => new CypherNode(
                [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
                ReadMap(value.GetProperty("_properties"))),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static Dictionary<string, object?> ReadMap(JsonElement map)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in map.EnumerateObject())
        {
            entries[entry.Name] = ReadValue(entry.Value);
        }

        return entries;
    }
}
