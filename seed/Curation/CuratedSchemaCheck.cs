using System.Text.Json.Nodes;
using Json.Schema;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// Checks curated documents against <see cref="CuratedFileSchema"/> and words each failure for the
/// person editing the file: which record, which key, what is allowed, at the key's line.
/// </summary>
internal sealed class CuratedSchemaCheck(GraphModel model)
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly JsonSchema _schema = JsonSchema.FromText(CuratedFileSchema.Text(model));
    private readonly Dictionary<string, LabelDefinition> _labelsByPlural = model.Labels.ToDictionary(l => l.Plural, StringComparer.Ordinal);

    public void Check(CuratedDocument document, List<SeedProblem> problems)
    {
        var results = _schema.Evaluate(document.Root, Options);
        if (results.IsValid)
        {
            return;
        }

        var seen = new HashSet<(int, string)>();
        foreach (var detail in results.Details.Where(d => d.HasErrors))
        {
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors!)
            {
                // A date carries a pattern as well as its format: its problem is worded once, as a date.
                if (keyword == "pattern" && detail.Errors.ContainsKey("format"))
                {
                    continue;
                }

                var problem = Word(document, pointer, keyword, message);
                if (seen.Add((problem.Line, problem.Message)))
                {
                    problems.Add(problem);
                }
            }
        }
    }

    private SeedProblem Word(CuratedDocument document, string pointer, string keyword, string message)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var value = Find(document.Root, segments);
        var key = segments.LastOrDefault(s => !int.TryParse(s, out _));
        var line = document.LineOf(pointer);
        var label = segments.Length > 0 ? _labelsByPlural.GetValueOrDefault(segments[0]) : null;
        var what = Describe(document.Root, segments, label);
        var text = keyword switch
        {
            "required" => $"{what} {message.Replace("Required properties", "lacks", StringComparison.Ordinal).Replace(" are not present", "", StringComparison.Ordinal)}; add them",
            // additionalProperties: false fails as the false schema, which names no keyword.
            "" => Unknown(segments, label),
            "enum" => $"{what}: '{Plain(value)}' is not allowed for {key}; use one of: {Allowed(value, key, label, segments)}",
            "pattern" => $"{what}: '{Plain(value)}' is not a valid {key}; ids read '<label in lower case>:' then lower-case letters, digits, '.', '_' or '-', with the label the model allows here",
            "format" => $"{what}: '{Plain(value)}' is not a date; write yyyy-MM-dd",
            "minimum" or "maximum" => $"{what}: {key} {Plain(value)} is out of range; {message}",
            "minItems" => $"{what}: {key} is empty; list at least one",
            "uniqueItems" => $"{what}: {key} lists an item twice; keep one",
            "minLength" => $"{what}: {key} is empty; give a value or leave the key out",
            "type" => $"{what}: {key} {message.Replace("Value is", "is", StringComparison.Ordinal)}{(value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? "" : "; quote text that looks like a number, e.g. '002428'")}",
            _ => $"{what}: {message}",
        };
        // A missing key has no line of its own: the problem is the record's.
        return new SeedProblem(document.File, line, keyword == "required" ? null : key, text);
    }

    private string Unknown(string[] segments, LabelDefinition? label)
    {
        var key = segments[^1];
        if (segments.Length == 1)
        {
            return $"'{key}' is not a label's list; use one of: {string.Join(", ", _labelsByPlural.Keys)}";
        }

        if (label is null)
        {
            return $"'{key}' is not allowed here";
        }

        if (segments.Length == 3)
        {
            var keys = label.Properties.Select(p => p.Name).Concat(RelationshipField.Of(model, label.Name).Select(f => f.Name));
            return $"'{key}' is neither a property nor a relationship of a {label.Name}; use one of: {GraphModel.IdProperty}, {string.Join(", ", keys)}";
        }

        var field = RelationshipField.Of(model, label.Name).FirstOrDefault(f => f.Name == segments[2]);
        var allowed = field is null ? [] : field.Relationship.Properties.Select(p => p.Name).Prepend(RelationshipField.NodeKey);
        return $"'{key}' is not a property of {field?.Relationship.Type ?? "this relationship"}; use one of: {string.Join(", ", allowed)}";
    }

    private string Allowed(JsonNode? value, string? key, LabelDefinition? label, string[] segments)
    {
        if (label is null || key is null)
        {
            return "";
        }

        var property = segments.Length >= 5
            ? RelationshipField.Of(model, label.Name).FirstOrDefault(f => f.Name == segments[2])?.Relationship.FindProperty(key)
            : label.FindProperty(key);
        return string.Join(", ", property?.AllowedValues ?? []);
    }

    private static string Describe(JsonObject root, string[] segments, LabelDefinition? label)
    {
        if (label is null || segments.Length < 2)
        {
            return "the file";
        }

        var record = Find(root, segments[..2]);
        var id = (record as JsonObject)?[GraphModel.IdProperty] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : $"{label.Name} record {segments[1]}";
        return segments.Length >= 4 ? $"{id}, {segments[2]} entry {int.Parse(segments[3], System.Globalization.CultureInfo.InvariantCulture) + 1}" : id;
    }

    private static JsonNode? Find(JsonNode? node, IEnumerable<string> segments)
    {
        foreach (var segment in segments)
        {
            node = node switch
            {
                JsonObject o => o[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)],
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    private static string Plain(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
}
