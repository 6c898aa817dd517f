using System.Collections;
using System.Globalization;
using System.Text.Json;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Writes Query API request bodies with parameters in the typed JSON format
/// (<c>{"$type": "Integer", "_value": "42"}</c>), so 64-bit integers, floats that happen to be
/// whole and dates reach Cypher with their type.
/// </summary>
internal static class TypedJsonWriter
{
    public static void WriteRequest(Utf8JsonWriter writer, CypherStatement? statement, AccessMode? mode, IReadOnlyList<string> bookmarks)
    {
        writer.WriteStartObject();
        if (statement is not null)
        {
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            foreach (var (name, value) in statement.Parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        if (bookmarks.Count > 0)
        {
            writer.WriteStartArray("bookmarks");
            foreach (var bookmark in bookmarks)
            {
                writer.WriteStringValue(bookmark);
            }

            writer.WriteEndArray();
        }

        if (mode is { } accessMode)
        {
            writer.WriteString("accessMode", accessMode == AccessMode.Read ? "Read" : "Write");
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case string text:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", text);
                break;
            case bool flag:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                break;
            case long or int or short:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteString("$type", "Date");
                writer.WriteString("_value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new GraphStoreException(StoreErrorKind.InvalidData,
                    $"A value of type {value.GetType().Name} cannot be sent to Neo4j; use string, long, double, bool, DateOnly, a list or a map of these.");
        }

        writer.WriteEndObject();
    }
}
