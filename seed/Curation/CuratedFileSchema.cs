using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// The JSON Schema of a curated data file (<c>seed/data/curated/**/*.yaml</c>), generated from the
/// graph model: one list per label, one record per node with the label's properties and its
/// relationships under their field names. <c>seed build</c> checks every file against it, and
/// editors that read JSON Schema (the YAML language server and others) complete and check as
/// one types. The committed copy, <c>graph-schema/curated.schema.json</c>, is kept true by a test.
/// </summary>
public static class CuratedFileSchema
{
    public const string FileName = "curated.schema.json";

    /// <summary>Countries come from <c>nodes/Country.csv</c> (written by countries.mjs); a curated record may name one only to hold relationships.</summary>
    public const string GeneratedLabel = "Country";

    private const string SourceIdsDefinition = "sourceIds";
    private const string DateDefinition = "date";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(GraphModel model) => Build(model).ToJsonString(Indented) + "\n";

    public static JsonObject Build(GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new JsonObject();
        var definitions = new JsonObject
        {
            [SourceIdsDefinition] = new JsonObject
            {
                ["description"] = "Ids of the Source nodes the fact was copied from.",
                ["type"] = "array",
                ["minItems"] = 1,
                ["uniqueItems"] = true,
                ["items"] = IdPattern([GraphModel.SourceLabel]),
            },
            [DateDefinition] = new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date",
                ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            },
        };

        foreach (var label in model.Labels)
        {
            files[label.Plural] = new JsonObject
            {
                ["description"] = label.Description,
                ["type"] = "array",
                ["items"] = Reference(label.Name),
            };
            definitions[label.Name] = Record(model, label);
            foreach (var field in RelationshipField.Of(model, label.Name))
            {
                definitions[EntryDefinition(field)] ??= Entry(field);
            }
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "MineralGraph curated data file",
            ["description"] = "Curated facts of the critical-minerals graph, generated from graph-schema/model.json. Each top-level key is a label's plural and holds that label's records; every node and relationship cites its Source ids. `seed build` turns the files into the CSVs under seed/data.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = files,
            ["$defs"] = definitions,
        };
    }

    /// <summary>The name of the definition of one entry under a relationship field: <c>OWNS.in</c> for <c>ownedBy</c>.</summary>
    public static string EntryDefinition(RelationshipField field) => $"{field.Relationship.Type}.{(field.Outgoing ? "out" : "in")}";

    private static JsonObject Record(GraphModel model, LabelDefinition label)
    {
        var generated = label.Name == GeneratedLabel;
        var properties = new JsonObject { [GraphModel.IdProperty] = IdPattern([label.Name]) };
        JsonArray required = [GraphModel.IdProperty];
        if (!generated)
        {
            foreach (var property in label.Properties)
            {
                properties[property.Name] = Property(property);
                if (property.Required)
                {
                    required.Add(property.Name);
                }
            }

            // Source nodes cite themselves when they name no other source, as the mutations make them.
            if (label.Name != GraphModel.SourceLabel)
            {
                required.Add(GraphModel.SourcesProperty);
            }
        }

        foreach (var field in RelationshipField.Of(model, label.Name))
        {
            var direction = field.Outgoing ? $"to {string.Join(" or ", field.Relationship.To)}" : $"from {string.Join(" or ", field.Relationship.From)}";
            properties[field.Name] = new JsonObject
            {
                ["description"] = $"{field.Relationship.Type} {direction}: {field.Relationship.Description}",
                ["type"] = "array",
                ["items"] = Reference(EntryDefinition(field)),
            };
        }

        var description = generated
            ? $"{label.Description} Countries come from nodes/Country.csv (written by seed/data/tools/countries.mjs); a curated record names one only to hold relationships."
            : label.Description;
        return new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["required"] = required,
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Entry(RelationshipField field)
    {
        var properties = new JsonObject
        {
            [RelationshipField.NodeKey] = IdPattern(field.OtherLabels),
        };
        JsonArray required = [RelationshipField.NodeKey, GraphModel.SourcesProperty];
        foreach (var property in field.Relationship.Properties)
        {
            properties[property.Name] = Property(property);
            if (property.Required)
            {
                required.Add(property.Name);
            }
        }

        return new JsonObject
        {
            ["description"] = $"One {field.Relationship.Type} relationship: the node at the other end, its properties and sources.",
            ["type"] = "object",
            ["required"] = required,
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Property(PropertyDefinition property)
    {
        if (property.Name == GraphModel.SourcesProperty)
        {
            return Reference(SourceIdsDefinition);
        }

        JsonObject schema = property.Type switch
        {
            PropertyType.String => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            PropertyType.Int => new JsonObject { ["type"] = "integer" },
            PropertyType.Float => new JsonObject { ["type"] = "number" },
            PropertyType.Boolean => new JsonObject { ["type"] = "boolean" },
            PropertyType.Date => Reference(DateDefinition),
            PropertyType.StringList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } },
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Type, "Not a model property type."),
        };
        schema["description"] = property.RangeText is { } range ? $"{property.Description} Must be {range}." : property.Description;
        if (property.AllowedValues.Count > 0)
        {
            schema["enum"] = new JsonArray([.. property.AllowedValues.Select(v => JsonValue.Create(v))]);
        }

        if (property.Minimum is { } minimum)
        {
            schema["minimum"] = minimum;
        }

        if (property.Maximum is { } maximum)
        {
            schema["maximum"] = maximum;
        }

        return schema;
    }

    private static JsonObject IdPattern(IReadOnlyList<string> labels) => new()
    {
        ["type"] = "string",
        ["description"] = $"The id of a {string.Join(" or ", labels)}: its label in lower case, a colon, then lower-case letters, digits, '.', '_' or '-'.",
        ["pattern"] = $"^({string.Join("|", labels.Select(l => l.ToLowerInvariant()))}):[a-z0-9][a-z0-9._-]*$",
    };

    private static JsonObject Reference(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };
}
