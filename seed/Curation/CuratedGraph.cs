using System.Globalization;
using System.Text.Json.Nodes;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// The nodes and relationships that schema-checked curated documents describe, each cell already
/// in its CSV form and each row with the place it was written, so problems found later in the
/// generated CSVs can be reported at the YAML line.
/// </summary>
internal sealed class CuratedGraph(GraphModel model)
{
    public List<Row> Nodes { get; } = [];

    public List<Row> Relationships { get; } = [];

    public void Add(CuratedDocument document, List<SeedProblem> problems, Dictionary<string, (string File, int Line)> ids)
    {
        foreach (var (plural, records) in document.Root)
        {
            var label = model.Labels.Single(l => l.Plural == plural);
            var fields = RelationshipField.Of(model, label.Name).ToDictionary(f => f.Name, StringComparer.Ordinal);
            var index = 0;
            foreach (var record in records!.AsArray().Cast<JsonObject>())
            {
                var pointer = $"/{plural}/{index++}";
                var id = record[GraphModel.IdProperty]!.GetValue<string>();
                var place = new Place(document, pointer);
                if (label.Name != CuratedFileSchema.GeneratedLabel)
                {
                    if (ids.TryGetValue(id, out var first))
                    {
                        problems.Add(new SeedProblem(document.File, place.Line, GraphModel.IdProperty, $"{id} is already defined at {first.File}:{first.Line}; keep one record per node and move this one's facts into it"));
                        continue;
                    }

                    ids[id] = (document.File, place.Line);
                    Nodes.Add(NodeRow(label, id, record, place));
                }

                foreach (var (key, entries) in record)
                {
                    if (fields.TryGetValue(key, out var field))
                    {
                        AddRelationships(field, id, entries!.AsArray(), new Place(document, $"{pointer}/{key}"));
                    }
                }
            }
        }
    }

    private Row NodeRow(LabelDefinition label, string id, JsonObject record, Place place)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal) { [GraphModel.IdProperty] = id };
        foreach (var property in label.Properties)
        {
            if (record[property.Name] is { } value)
            {
                cells[property.Name] = Cell(property, value);
            }
        }

        // A Source that names no other source cites itself, as the mutations make it.
        if (label.Name == GraphModel.SourceLabel)
        {
            cells.TryAdd(GraphModel.SourcesProperty, id);
        }

        return new Row(label.Name, id, "", cells, place);
    }

    private void AddRelationships(RelationshipField field, string holder, JsonArray entries, Place place)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i]!.AsObject();
            var other = entry[RelationshipField.NodeKey]!.GetValue<string>();
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in field.Relationship.Properties)
            {
                if (entry[property.Name] is { } value)
                {
                    cells[property.Name] = Cell(property, value);
                }
            }

            var (start, end) = field.Outgoing ? (holder, other) : (other, holder);
            Relationships.Add(new Row(field.Relationship.Type, start, end, cells, place.Child(i.ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>The CSV cell of a schema-checked value: integral numbers without a decimal point, others as the shortest text that reads back the same.</summary>
    private static string Cell(PropertyDefinition property, JsonNode value) => property.Type switch
    {
        PropertyType.Int => value.GetValue<long>().ToString(CultureInfo.InvariantCulture),
        PropertyType.Float => Number(value.AsValue()),
        PropertyType.Boolean => value.GetValue<bool>() ? "true" : "false",
        PropertyType.StringList => string.Join(Format.ImportTypes.ArrayDelimiter, value.AsArray().Select(item => item!.GetValue<string>())),
        _ => value.GetValue<string>(),
    };

    private static string Number(JsonValue value)
    {
        if (value.TryGetValue<long>(out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        var number = value.GetValue<double>();
        return double.IsInteger(number) && Math.Abs(number) < 1e15
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A node (<see cref="End"/> empty) or relationship row: its label or type, id or ends, cells by property name, and where it was written.</summary>
    public sealed record Row(string Table, string Start, string End, IReadOnlyDictionary<string, string> Cells, Place Place);

    /// <summary>A record or entry in a curated document; the line of any of its keys can be asked for.</summary>
    public sealed record Place(CuratedDocument Document, string Pointer)
    {
        public int Line => Document.LineOf(Pointer);

        public Place Child(string key) => new(Document, $"{Pointer}/{key}");

        public int LineOf(string key) => Document.LineOf($"{Pointer}/{key}");
    }
}
