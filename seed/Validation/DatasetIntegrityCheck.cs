using System.Globalization;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// Checks a dataset that already passed <see cref="SeedDatasetReader"/> (ids, types, enumerations,
/// endpoints) for the integrity a citable knowledge graph needs: every node (Source nodes aside) and
/// relationship cites a source; names and aliases are unique within a label; tonnages say their unit; numbers lie in
/// the ranges the graph model gives them; a bound or range is in min/max with its qualifier; dates lie in plausible years and are in order. Places are given as <c>nodes/Label.csv</c> or
/// <c>relationships/TYPE.csv</c> with the data row (line 2 is the first row after the header).
/// </summary>
public static class DatasetIntegrityCheck
{
    /// <summary>The plausible years of a date; numbers such as <c>year</c> take their range from the graph model.</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    private static readonly HashSet<string> TonnageTypes = new(StringComparer.Ordinal) { "PRODUCES_SHARE", "HOLDS_RESERVES" };

    public static DatasetIntegrity Check(GraphDataset dataset) => Check(dataset, GraphModel.Default);

    public static DatasetIntegrity Check(GraphDataset dataset, GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(model);
        var run = new Run(model);
        run.CheckNodes(dataset.Nodes);
        run.CheckRelationships(dataset.Relationships);
        return new DatasetIntegrity(run.Problems, run.Warnings);
    }

    private sealed class Run(GraphModel model)
    {
        public List<SeedProblem> Problems { get; } = [];

        public List<SeedProblem> Warnings { get; } = [];

        public void CheckNodes(IReadOnlyList<NodeRecord> nodes)
        {
            var names = new Dictionary<(string Label, string Name), string>();
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                var file = $"{SeedDatasetReader.NodesFolder}/{node.Label}.csv";
                var line = lines[node.Label] = lines.GetValueOrDefault(node.Label, 1) + 1;
                // Source nodes are the citations themselves, so they need not cite one.
                if (node.Label != GraphModel.SourceLabel)
                {
                    CheckSourced(node.Properties, file, line, node.Id);
                }

                CheckUniqueNames(node, names, file, line);
                CheckNumbers(node.Properties, file, line, node.Id);
                CheckDates(node.Properties, file, line, node.Id);
                CheckNodeRules(node, file, line);
            }
        }

        public void CheckRelationships(IReadOnlyList<RelationshipRecord> relationships)
        {
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var relationship in relationships)
            {
                var file = $"{SeedDatasetReader.RelationshipsFolder}/{relationship.Type}.csv";
                var line = lines[relationship.Type] = lines.GetValueOrDefault(relationship.Type, 1) + 1;
                var what = relationship.Key;
                CheckSourced(relationship.Properties, file, line, what);
                CheckNumbers(relationship.Properties, file, line, what);
                CheckDates(relationship.Properties, file, line, what);
                if (TonnageTypes.Contains(relationship.Type))
                {
                    CheckTonnage(relationship, file, line);
                }

                CheckQualifier(relationship, file, line);
                if (relationship["effective"] is DateOnly from && relationship["until"] is DateOnly until && until < from)
                {
                    Problem(file, line, "until", $"{what}: until {until:yyyy-MM-dd} is before effective {from:yyyy-MM-dd}; swap or correct the dates");
                }
            }
        }

        private void CheckSourced(IReadOnlyDictionary<string, object?> properties, string file, int line, string what)
        {
            if (properties.GetValueOrDefault(GraphModel.SourcesProperty) is not IReadOnlyList<string> { Count: > 0 })
            {
                Problem(file, line, GraphModel.SourcesProperty, $"{what} cites no source; add the id of the Source node it was copied from");
            }
        }

        private void CheckUniqueNames(NodeRecord node, Dictionary<(string Label, string Name), string> names, string file, int line)
        {
            var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            IEnumerable<string> all = [node.Name, .. node.Properties.GetValueOrDefault(GraphModel.AliasesProperty) as IReadOnlyList<string> ?? []];
            foreach (var raw in all)
            {
                var name = raw.Trim();
                if (name.Length == 0 || !own.Add(name))
                {
                    continue;
                }

                var key = (node.Label, name.ToUpperInvariant());
                if (names.TryGetValue(key, out var other))
                {
                    Problem(file, line, GraphModel.AliasesProperty, $"{node.Id}: name or alias '{name}' is already used by {other}; each {node.Label} name and alias must point to one node");
                }
                else
                {
                    names[key] = node.Id;
                }
            }
        }

        private void CheckNumbers(IReadOnlyDictionary<string, object?> properties, string file, int line, string what)
        {
            foreach (var property in model.RangedProperties)
            {
                if (Number(properties, property.Name) is { } value && !property.Allows(value))
                {
                    Problem(file, line, property.Name, $"{what}: {property.Name} {PropertyDefinition.Format(value)} is out of range; {property.Name} must be {property.RangeText}");
                }
            }
        }

        private void CheckDates(IReadOnlyDictionary<string, object?> properties, string file, int line, string what)
        {
            foreach (var (property, value) in properties)
            {
                if (value is DateOnly date && (date.Year < FirstYear || date.Year > LastYear))
                {
                    Problem(file, line, property, $"{what}: {property} {date:yyyy-MM-dd} is outside {FirstYear}-{LastYear}");
                }
            }

            if (properties.GetValueOrDefault("announced") is DateOnly announced && properties.GetValueOrDefault("effective") is DateOnly effective && effective < announced)
            {
                Warnings.Add(new SeedProblem(file, line, "effective", $"{what}: effective {effective:yyyy-MM-dd} is before announced {announced:yyyy-MM-dd}; keep it only if the source says the measure applied retroactively"));
            }
        }

        private void CheckNodeRules(NodeRecord node, string file, int line)
        {
            if (node.Label == "Element" && node["category"] is "LREE" or "HREE" && node["isRareEarth"] is not true)
            {
                Problem(file, line, "isRareEarth", $"{node.Id}: category {node["category"]} is a rare-earth class, so isRareEarth must be true");
            }

            if (node.Label == "Country")
            {
                CheckCode(node, "iso2", 2, file, line);
                CheckCode(node, "iso3", 3, file, line);
            }

            // A town's point read as a mine's point misleads a map, so a point always says what it marks.
            if ((node["latitude"] is null) != (node["longitude"] is null))
            {
                Problem(file, line, "longitude", $"{node.Id}: give latitude and longitude together, or neither");
            }
            else if (node["latitude"] is not null && node["locationPrecision"] is null)
            {
                Problem(file, line, "locationPrecision", $"{node.Id}: say what its latitude/longitude mark: site, district or town");
            }
        }

        private void CheckCode(NodeRecord node, string property, int length, string file, int line)
        {
            if (node[property] is string code && (code.Length != length || !code.All(char.IsAsciiLetterUpper)))
            {
                Problem(file, line, property, $"{node.Id}: {property} '{code}' must be {length} upper-case letters (ISO 3166-1)");
            }
        }

        /// <summary>A bound or range lives in min and max, never in the figure itself, so nothing reads "more than 85 %" as 85.</summary>
        private void CheckQualifier(RelationshipRecord relationship, string file, int line)
        {
            var min = Number(relationship.Properties, "min");
            var max = Number(relationship.Properties, "max");
            var qualifier = relationship["qualifier"] as string;
            var (needsMin, needsMax) = qualifier switch
            {
                "at least" or "more than" => (true, false),
                "at most" or "less than" => (false, true),
                "range" => (true, true),
                _ => (false, false),
            };
            if ((needsMin && min is null) || (needsMax && max is null))
            {
                Problem(file, line, needsMin && min is null ? "min" : "max", $"{relationship.Key}: qualifier '{qualifier}' needs {(needsMin && needsMax ? "min and max" : needsMin ? "min" : "max")}: put the bound the source gives there");
            }
            else if ((min is not null && !needsMin) || (max is not null && !needsMax))
            {
                Problem(file, line, "qualifier", $"{relationship.Key}: min and max hold a bound or range; set qualifier to at least, more than, at most, less than or range as the source words it");
            }
            else if (min > max)
            {
                Problem(file, line, "min", $"{relationship.Key}: min {min.Value.ToString(CultureInfo.InvariantCulture)} is above max {max!.Value.ToString(CultureInfo.InvariantCulture)}; swap them");
            }
        }

        private void CheckTonnage(RelationshipRecord relationship, string file, int line)
        {
            var hasTonnes = relationship["tonnes"] is not null || relationship["worldTonnes"] is not null;
            if (hasTonnes && relationship["unit"] is not string { Length: > 0 })
            {
                Problem(file, line, "unit", $"{relationship.Key}: tonnes without a unit; say what they measure as the source does, e.g. 't REO' or 't contained Co'");
            }

            if (Number(relationship.Properties, "tonnes") is { } tonnes && Number(relationship.Properties, "worldTonnes") is { } world && tonnes > world)
            {
                Problem(file, line, "worldTonnes", $"{relationship.Key}: tonnes {tonnes.ToString(CultureInfo.InvariantCulture)} exceed the world total {world.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        private void Problem(string file, int line, string column, string message) => Problems.Add(new SeedProblem(file, line, column, message));

        private static double? Number(IReadOnlyDictionary<string, object?> properties, string property) =>
            properties.GetValueOrDefault(property) switch
            {
                long l => l,
                int i => i,
                double d => d,
                _ => null,
            };
    }
}
