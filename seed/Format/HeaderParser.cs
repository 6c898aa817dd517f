using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Format;

/// <summary>
/// Reads a Neo4j admin-import header row (<c>id:ID,:LABEL,name,year:int,…</c>) against the
/// model. Reports every header problem; returns no layout when rows cannot be read at all.
/// </summary>
internal static class HeaderParser
{
    public const string IdHeader = "id:ID";
    public const string LabelHeader = ":LABEL";
    public const string StartIdHeader = ":START_ID";
    public const string EndIdHeader = ":END_ID";
    public const string TypeHeader = ":TYPE";
    public const string KeyColumn = "key";

    public static CsvLayout? ParseNodeHeader(IReadOnlyList<string> cells, LabelDefinition label, string file, List<SeedProblem> problems)
    {
        int id = -1, labelColumn = -1;
        var properties = new List<PropertyColumn>(cells.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var header = cells[i];
            var (name, type) = Split(header);
            switch (type)
            {
                case "ID" when name == GraphModel.IdProperty:
                    id = Claim(i, header, GraphModel.IdProperty, seen, file, problems);
                    break;
                case "LABEL" when name.Length == 0:
                    labelColumn = Claim(i, header, LabelHeader, seen, file, problems);
                    break;
                default:
                    AddProperty(i, header, name, type, label.FindProperty(name), seen, file, problems, properties);
                    break;
            }
        }

        var fatal = RequireColumn(id, IdHeader, file, problems) | RequireColumn(labelColumn, LabelHeader, file, problems);
        ReportMissingRequired(label.Properties, seen, file, problems);
        return fatal ? null : new CsvLayout(cells.Count, [.. properties]) { Id = id, Label = labelColumn };
    }

    public static CsvLayout? ParseRelationshipHeader(IReadOnlyList<string> cells, RelationshipDefinition relationship, string file, List<SeedProblem> problems)
    {
        int start = -1, end = -1, typeColumn = -1, key = -1;
        var properties = new List<PropertyColumn>(cells.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var header = cells[i];
            var (name, type) = Split(header);
            switch (type)
            {
                case "START_ID" when name.Length == 0:
                    start = Claim(i, header, StartIdHeader, seen, file, problems);
                    break;
                case "END_ID" when name.Length == 0:
                    end = Claim(i, header, EndIdHeader, seen, file, problems);
                    break;
                case "TYPE" when name.Length == 0:
                    typeColumn = Claim(i, header, TypeHeader, seen, file, problems);
                    break;
                case "" or "string" when name == KeyColumn:
                    key = Claim(i, header, KeyColumn, seen, file, problems);
                    break;
                default:
                    AddProperty(i, header, name, type, relationship.FindProperty(name), seen, file, problems, properties);
                    break;
            }
        }

        var fatal = RequireColumn(start, StartIdHeader, file, problems)
            | RequireColumn(end, EndIdHeader, file, problems)
            | RequireColumn(typeColumn, TypeHeader, file, problems);
        ReportMissingRequired(relationship.Properties, seen, file, problems);
        return fatal ? null : new CsvLayout(cells.Count, [.. properties]) { StartId = start, EndId = end, Type = typeColumn, Key = key };
    }

    private static (string Name, string Type) Split(string header)
    {
        var colon = header.IndexOf(':');
        return colon < 0 ? (header, "") : (header[..colon], header[(colon + 1)..]);
    }

    private static int Claim(int index, string header, string name, HashSet<string> seen, string file, List<SeedProblem> problems)
    {
        if (!seen.Add(name))
        {
            problems.Add(new SeedProblem(file, 1, header, $"column '{header}' appears twice; keep one"));
        }

        return index;
    }

    private static void AddProperty(
        int index, string header, string name, string typeName, PropertyDefinition? definition,
        HashSet<string> seen, string file, List<SeedProblem> problems, List<PropertyColumn> properties)
    {
        if (name.Length == 0)
        {
            problems.Add(new SeedProblem(file, 1, header, $"column '{header}' has no property name or is a Neo4j column this format does not use"));
            return;
        }

        if (!seen.Add(name))
        {
            problems.Add(new SeedProblem(file, 1, header, $"property '{name}' has two columns; keep one"));
            return;
        }

        if (!ImportTypes.TryParse(typeName, out var type))
        {
            problems.Add(new SeedProblem(file, 1, header, $"type '{typeName}' is not supported; use one of {ImportTypes.Supported}"));
            return;
        }

        if (definition is not null && definition.Type != type)
        {
            problems.Add(new SeedProblem(file, 1, header,
                $"'{name}' is {ImportTypes.Describe(definition.Type)} in the graph model but {ImportTypes.Describe(type)} in the header; write '{ImportTypes.Header(name, definition.Type)}'"));
            return;
        }

        properties.Add(new PropertyColumn(index, header, name, type, definition));
    }

    private static bool RequireColumn(int index, string header, string file, List<SeedProblem> problems)
    {
        if (index >= 0)
        {
            return false;
        }

        problems.Add(new SeedProblem(file, 1, header, $"required column '{header}' is missing from the header"));
        return true;
    }

    /// <summary>A required property without a column is reported once here rather than on every row.</summary>
    private static void ReportMissingRequired(IReadOnlyList<PropertyDefinition> model, HashSet<string> seen, string file, List<SeedProblem> problems)
    {
        foreach (var property in model)
        {
            if (property.Required && !seen.Contains(property.Name))
            {
                var header = ImportTypes.Header(property.Name, property.Type);
                problems.Add(new SeedProblem(file, 1, header, $"required column '{header}' is missing from the header"));
            }
        }
    }
}
