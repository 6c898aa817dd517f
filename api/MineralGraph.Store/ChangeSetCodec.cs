using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MineralGraph.GraphSchema;

namespace MineralGraph.Store;

/// <summary>
/// A <see cref="ChangeSet"/> as JSON: the one format of every store's change log and of the
/// messages that carry committed changes between API processes. Properties are written as
/// <see cref="PropertyCodec"/> writes them and read back with their model types.
/// </summary>
public sealed class ChangeSetCodec(GraphModel model)
{
    private readonly PropertyCodec _properties = new(model);

    public static byte[] Serialize(ChangeSet changes)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, PropertyCodec.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("revision", changes.Revision);
            writer.WriteString("committedAt", changes.CommittedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteBoolean("bulk", changes.IsBulk);
            writer.WriteStartArray("nodes");
            foreach (var node in changes.Nodes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", Name(node.Kind));
                writer.WriteString("id", node.Id);
                writer.WriteString("label", node.Label);
                WriteProperties(writer, node.Properties);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relationships");
            foreach (var relationship in changes.Relationships)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", Name(relationship.Kind));
                writer.WriteString("key", relationship.Key);
                writer.WriteString("type", relationship.Type);
                writer.WriteString("start", relationship.StartId);
                writer.WriteString("end", relationship.EndId);
                WriteProperties(writer, relationship.Properties);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a change set back; a message this version cannot read fails with <see cref="InvalidDataException"/>.</summary>
    public ChangeSet Deserialize(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var nodes = root.GetProperty("nodes").EnumerateArray().Select(node =>
            {
                var label = node.GetProperty("label").GetString()!;
                return new NodeChange(Kind(node), node.GetProperty("id").GetString()!, label,
                    node.TryGetProperty("properties", out var properties) ? _properties.ReadNode(label, properties) : null);
            }).ToList();
            var relationships = root.GetProperty("relationships").EnumerateArray().Select(relationship =>
            {
                var type = relationship.GetProperty("type").GetString()!;
                return new RelationshipChange(Kind(relationship), relationship.GetProperty("key").GetString()!, type,
                    relationship.GetProperty("start").GetString()!, relationship.GetProperty("end").GetString()!,
                    relationship.TryGetProperty("properties", out var properties) ? _properties.ReadRelationship(type, properties) : null);
            }).ToList();
            return new ChangeSet(
                root.GetProperty("revision").GetInt64(),
                DateTimeOffset.Parse(root.GetProperty("committedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                root.GetProperty("bulk").GetBoolean(),
                nodes,
                relationships);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"A change set could not be read ({exception.Message}); it was written by another version of MineralGraph.", exception);
        }
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is not null)
        {
            writer.WritePropertyName("properties");
            PropertyCodec.Write(writer, properties);
        }
    }

    private static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Created => "created",
        ChangeKind.Updated => "updated",
        _ => "deleted",
    };

    private static ChangeKind Kind(JsonElement change) => change.GetProperty("kind").GetString() switch
    {
        "created" => ChangeKind.Created,
        "updated" => ChangeKind.Updated,
        "deleted" => ChangeKind.Deleted,
        var other => throw new FormatException($"'{other}' is not a change kind."),
    };
}
