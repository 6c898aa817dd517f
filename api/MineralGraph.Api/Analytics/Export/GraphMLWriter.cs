using System.Globalization;
using System.Text;
using System.Xml;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics.Export;

/// <summary>
/// Writes a subgraph as GraphML (Gephi, yEd, NetworkX's <c>read_graphml</c>): one typed
/// <c>key</c> declaration per property, lists joined with ';' as in the seed CSVs.
/// </summary>
public static class GraphMLWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static string Write(Subgraph subgraph)
    {
        var nodeKeys = KeysOf(subgraph.Nodes.Select(n => n.Properties), "n");
        var edgeKeys = KeysOf(subgraph.Relationships.Select(r => r.Properties), "e");
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            WriteKey(xml, "label", "node", "label", "string");
            WriteKey(xml, "type", "edge", "type", "string");
            foreach (var (name, (id, type)) in nodeKeys)
            {
                WriteKey(xml, id, "node", name, type);
            }

            foreach (var (name, (id, type)) in edgeKeys)
            {
                WriteKey(xml, id, "edge", name, type);
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "mineralgraph");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in subgraph.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                WriteData(xml, "label", node.Label);
                WriteProperties(xml, node.Properties, nodeKeys);
                xml.WriteEndElement();
            }

            foreach (var relationship in subgraph.Relationships)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", relationship.Key);
                xml.WriteAttributeString("source", relationship.StartId);
                xml.WriteAttributeString("target", relationship.EndId);
                WriteData(xml, "type", relationship.Type);
                WriteProperties(xml, relationship.Properties, edgeKeys);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A key id and GraphML type per property name, in name order, so output is stable.</summary>
    private static SortedDictionary<string, (string Id, string Type)> KeysOf(IEnumerable<IReadOnlyDictionary<string, object?>> records, string prefix)
    {
        var keys = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (name, value) in records.SelectMany(r => r))
        {
            if (value is not null && !keys.ContainsKey(name))
            {
                keys[name] = ($"{prefix}_{name}", value switch { long => "long", double => "double", bool => "boolean", _ => "string" });
            }
        }

        return keys;
    }

    private static void WriteKey(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter xml, IReadOnlyDictionary<string, object?> properties, SortedDictionary<string, (string Id, string Type)> keys)
    {
        foreach (var (name, (id, _)) in keys)
        {
            if (properties.GetValueOrDefault(name) is { } value)
            {
                WriteData(xml, id, value switch
                {
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    bool flag => flag ? "true" : "false",
                    IEnumerable<string> items when value is not string => string.Join(';', items),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                });
            }
        }
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
