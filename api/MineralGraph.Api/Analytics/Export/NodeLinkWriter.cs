using System.Globalization;
using System.Text;
using System.Text.Json;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics.Export;

/// <summary>
/// Writes a subgraph as node-link JSON, the shape NetworkX's <c>node_link_graph</c>, Cytoscape
/// and d3 read: <c>{directed, multigraph, graph, nodes: [{id, …}], links: [{source, target, key, …}]}</c>.
/// </summary>
public static class NodeLinkWriter
{
    public static string Write(Subgraph subgraph)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("directed", true);
            json.WriteBoolean("multigraph", true);
            json.WriteStartObject("graph");
            json.WriteEndObject();
            json.WriteStartArray("nodes");
            foreach (var node in subgraph.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("label", node.Label);
                WriteProperties(json, node.Properties);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var relationship in subgraph.Relationships)
            {
                json.WriteStartObject();
                json.WriteString("source", relationship.StartId);
                json.WriteString("target", relationship.EndId);
                json.WriteString("key", relationship.Key);
                json.WriteString("type", relationship.Type);
                WriteProperties(json, relationship.Properties);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    json.WriteString(name, text);
                    break;
                case long number:
                    json.WriteNumber(name, number);
                    break;
                case double number:
                    json.WriteNumber(name, number);
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                case DateOnly date:
                    json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case IEnumerable<string> items:
                    json.WriteStartArray(name);
                    foreach (var item in items)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
