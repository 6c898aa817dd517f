using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Pagination;

/// <summary>
/// Opaque Relay cursors: base64url of a small JSON array holding the sort they were made for,
/// the typed sort value and the tiebreak (the node id; for a relationship, its key and then the
/// other node's id). A cursor used with another sort is refused rather than silently misread.
/// </summary>
public static class CursorCodec
{
    public static string Encode(string sortName, Cursor cursor)
    {
        var (tag, value) = cursor.SortValue switch
        {
            null => ("n", null),
            string text => ("s", text),
            long number => ("i", number.ToString(CultureInfo.InvariantCulture)),
            double number => ("f", number.ToString("R", CultureInfo.InvariantCulture)),
            bool flag => ("b", flag ? "1" : "0"),
            DateOnly date => ("d", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"Sort values of type {cursor.SortValue.GetType().Name} cannot be put in a cursor."),
        };
        string?[] parts = cursor.OtherId is null ? [sortName, tag, value, cursor.Key] : [sortName, tag, value, cursor.Key, cursor.OtherId];
        var json = JsonSerializer.SerializeToUtf8Bytes(parts);
        return Base64Url.EncodeToString(json);
    }

    public static Cursor Decode(string sortName, string encoded)
    {
        string?[]? parts;
        try
        {
            parts = JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(encoded));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw Invalid("it is not a cursor this API issued");
        }

        if (parts is not { Length: 4 or 5 } || parts[3] is not { } key || parts is [.., null] && parts.Length == 5)
        {
            throw Invalid("it is not a cursor this API issued");
        }

        var (sort, tag, value) = (parts[0], parts[1], parts[2]);

        if (sort != sortName)
        {
            throw Invalid($"it was issued for orderBy {sort}, not {sortName}; restart paging without after/before");
        }

        try
        {
            object? sortValue = tag switch
            {
                "n" => null,
                "s" => value,
                "i" => long.Parse(value!, CultureInfo.InvariantCulture),
                "f" => double.Parse(value!, CultureInfo.InvariantCulture),
                "b" => value == "1",
                "d" => DateOnly.ParseExact(value!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw Invalid("it is not a cursor this API issued"),
            };
            return new Cursor(sortValue, key, parts.Length == 5 ? parts[4] : null);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentNullException)
        {
            throw Invalid("it is not a cursor this API issued");
        }
    }

    private static ExecutionError Invalid(string why) =>
        new($"The cursor cannot be used: {why}. Pass a cursor from pageInfo or an edge of the same connection.") { Code = ErrorCodes.InvalidCursor };
}
