using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store;

/// <summary>
/// Properties to and from JSON, as stores keep them (SQLite's JSON columns, every store's change
/// log). The graph model gives each known property its type back (dates are stored as ISO
/// strings, floats keep a decimal point); properties the model does not know keep their JSON type.
/// </summary>
public sealed class PropertyCodec(GraphModel model)
{
    /// <summary>How stores write JSON: non-ASCII text as it is, not escaped, so names in any script stay readable and short.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IReadOnlyDictionary<string, object?> properties, string? skip = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, properties, skip);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the properties as one JSON object, leaving out absent values and <paramref name="skip"/>.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties, string? skip = null)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            if (value is null || name == skip)
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A node's properties; with a selection, only those it names are decoded (none: the JSON is not parsed).</summary>
    public Dictionary<string, object?> DeserializeNode(string label, string name, string json, PropertySelection? selection = null)
    {
        var properties = Deserialize(json, FindLabelProperty(label), selection);
        properties[GraphModel.NameProperty] = name;
        return properties;
    }

    public Dictionary<string, object?> DeserializeRelationship(string type, string json, PropertySelection? selection = null) =>
        Deserialize(json, FindRelationshipProperty(type), selection);

    /// <summary>A node's properties from a JSON object, typed by the label's definition.</summary>
    public Dictionary<string, object?> ReadNode(string label, JsonElement json) => Read(json, FindLabelProperty(label), null);

    /// <summary>A relationship's properties from a JSON object, typed by the type's definition.</summary>
    public Dictionary<string, object?> ReadRelationship(string type, JsonElement json) => Read(json, FindRelationshipProperty(type), null);

    private Func<string, PropertyDefinition?>? FindLabelProperty(string label) => model.FindLabel(label) is { } definition ? definition.FindProperty : null;

    private Func<string, PropertyDefinition?>? FindRelationshipProperty(string type) => model.FindRelationship(type) is { } definition ? definition.FindProperty : null;

    private static Dictionary<string, object?> Deserialize(string json, Func<string, PropertyDefinition?>? findProperty, PropertySelection? selection)
    {
        if (selection is { IsEmpty: true })
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, findProperty, selection);
    }

    private static Dictionary<string, object?> Read(JsonElement json, Func<string, PropertyDefinition?>? findProperty, PropertySelection? selection)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (selection is null || selection.Includes(property.Name))
            {
                properties[property.Name] = ReadValue(property.Value, findProperty?.Invoke(property.Name)?.Type);
            }
        }

        return properties;
    }

    private static object? ReadValue(JsonElement value, PropertyType? type) => value.ValueKind switch
    {
        JsonValueKind.String when type == PropertyType.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when type == PropertyType.Float => value.GetDouble(),
        JsonValueKind.Number when type == PropertyType.Int => value.GetInt64(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) && !value.GetRawText().Contains('.') ? (object)whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(e => e.ToString()).ToArray(),
        _ => null,
    };

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsInteger(number) && Math.Abs(number) < 1e15:
                // Keeps the decimal point so a float property reads back as a float.
                writer.WriteRawValue(number.ToString("0.0", CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<string> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new GraphStoreException(StoreErrorKind.InvalidData, $"Property values of type {value.GetType().Name} cannot be stored; use string, long, double, bool, DateOnly or a list of strings.");
        }
    }
}
