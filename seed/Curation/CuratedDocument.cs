using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MineralGraph.Seed.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// One curated YAML file as JSON, with the line of every value by its JSON Pointer, so that a
/// problem found in the JSON (by the schema or the build) names the file and line to edit.
/// Plain scalars are typed as YAML 1.2's core schema types them (null, true/false, integers,
/// decimals); everything else, dates included, is a string.
/// </summary>
public sealed partial class CuratedDocument
{
    private readonly Dictionary<string, int> _lines;

    private CuratedDocument(string file, JsonObject root, Dictionary<string, int> lines)
    {
        File = file;
        Root = root;
        _lines = lines;
    }

    /// <summary>The file, relative to the dataset folder, with '/' separators.</summary>
    public string File { get; }

    public JsonObject Root { get; }

    /// <summary>The line of the value at a JSON Pointer; for an object member, the line of its key. Falls back to the nearest enclosing value.</summary>
    public int LineOf(string pointer)
    {
        for (var at = pointer; ; at = at[..at.LastIndexOf('/')])
        {
            if (_lines.TryGetValue(at, out var line))
            {
                return line;
            }

            if (at.Length == 0)
            {
                return 1;
            }
        }
    }

    /// <summary>Parses one file; YAML that does not parse, or is not a mapping at the top, is a problem at its line.</summary>
    public static CuratedDocument? Parse(string file, string text, List<SeedProblem> problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException invalid)
        {
            problems.Add(new SeedProblem(file, (int)invalid.Start.Line, null, $"this is not valid YAML: {invalid.InnerException?.Message ?? invalid.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed brackets; the last token read is the nearest place.
            problems.Add(new SeedProblem(file, (int)(parser.Current?.Start.Line ?? 1), null, "this is not valid YAML: a bracket or quote opened near here is not closed"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new CuratedDocument(file, [], new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 1 });
        }

        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Add(new SeedProblem(file, 1, null, "a curated file holds one YAML mapping of label lists (mines:, companies:, sources: …); remove any '---' separators"));
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var root = (JsonObject)Convert(mapping, "", lines, file, problems)!;
        return new CuratedDocument(file, root, lines);
    }

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines, string file, List<SeedProblem> problems)
    {
        lines.TryAdd(pointer, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    var member = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (json.ContainsKey(key))
                    {
                        problems.Add(new SeedProblem(file, (int)keyNode.Start.Line, key, $"'{key}' is given twice in this mapping; keep one"));
                        continue;
                    }

                    lines[member] = (int)keyNode.Start.Line;
                    json[key] = Convert(valueNode, member, lines, file, problems);
                }

                return json;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, pointer + "/" + array.Count.ToString(CultureInfo.InvariantCulture), lines, file, problems));
                }

                return array;
            default:
                return Scalar((YamlScalarNode)node);
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when DecimalPattern().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();
}
