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
/// the typed sort value and the tiebreak key. A cursor used with another sort is refused
/// rather than silently misread.
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
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { sortName, tag, value, cursor.Key });
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

        if (parts is not [var sort, var tag, var value, { } key])
        {
            throw Invalid("it is not a cursor this API issued");
        }

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
            return new Cursor(sortValue, key);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentNullException)
        {
            throw Invalid("it is not a cursor this API issued");
        }
    }

    private static ExecutionError Invalid(string why) =>
        new($"The cursor cannot be used: {why}. Pass a cursor from pageInfo or an edge of the same connection.") { Code = ErrorCodes.InvalidCursor };
}
