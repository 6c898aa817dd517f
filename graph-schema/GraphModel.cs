using System.Collections.Frozen;
using System.Text.Json;

namespace MineralGraph.GraphSchema;

/// <summary>
/// The labels and relationship types of the graph, read from <c>model.json</c>: the one
/// source from which the GraphQL schema, the store schemas and the seed checks are derived.
/// </summary>
public sealed class GraphModel
{
    public const string IdProperty = "id";
    public const string NameProperty = "name";
    public const string AliasesProperty = "aliases";
    public const string SourcesProperty = "sources";

    /// <summary>The label of the nodes that <see cref="SourcesProperty"/> cites by id.</summary>
    public const string SourceLabel = "Source";

    private static readonly Lazy<GraphModel> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, LabelDefinition> _labels;
    private readonly FrozenDictionary<string, RelationshipDefinition> _relationships;

    public GraphModel(IReadOnlyList<LabelDefinition> labels, IReadOnlyList<RelationshipDefinition> relationships)
    {
        Labels = labels;
        Relationships = relationships;
        _labels = labels.ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);
        _relationships = relationships.ToFrozenDictionary(r => r.Type, StringComparer.Ordinal);
        Validate();
        RangedProperties = [.. AllProperties().Where(p => p.HasRange).DistinctBy(p => p.Name, StringComparer.Ordinal)];
        SearchableProperties = [.. labels.SelectMany(l => l.Properties).Where(p => p.Searchable).Select(p => p.Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The model shipped in this assembly.</summary>
    public static GraphModel Default => Embedded.Value;

    public IReadOnlyList<LabelDefinition> Labels { get; }

    public IReadOnlyList<RelationshipDefinition> Relationships { get; }

    /// <summary>Properties every node has besides its id.</summary>
    public static IReadOnlyList<PropertyDefinition> NodeCommonProperties { get; } =
    [
        new(NameProperty, PropertyType.String, Required: true, [], "Preferred English name."),
        new(AliasesProperty, PropertyType.StringList, Required: false, [], "Other names, spellings and abbreviations."),
        new(SourcesProperty, PropertyType.StringList, Required: false, [], "Ids of the Source nodes that back this node."),
    ];

    /// <summary>Properties every relationship has.</summary>
    public static IReadOnlyList<PropertyDefinition> RelationshipCommonProperties { get; } =
    [
        new(SourcesProperty, PropertyType.StringList, Required: false, [], "Ids of the Source nodes that back this relationship."),
    ];

    /// <summary>
    /// One definition per property name that has a minimum or maximum. A name means the same
    /// everywhere (<see cref="Validate"/> refuses two ranges for one name), so a record can be
    /// checked by its property names alone.
    /// </summary>
    public IReadOnlyList<PropertyDefinition> RangedProperties { get; }

    /// <summary>
    /// The names of the label properties search matches besides name and aliases (codes, symbols,
    /// tickers, ISO codes): searchable on every label that has them (<see cref="Validate"/>).
    /// </summary>
    public IReadOnlyList<string> SearchableProperties { get; }

    public LabelDefinition? FindLabel(string name) => _labels.GetValueOrDefault(name);

    public RelationshipDefinition? FindRelationship(string type) => _relationships.GetValueOrDefault(type);

    public LabelDefinition GetLabel(string name) =>
        FindLabel(name) ?? throw new ArgumentException($"'{name}' is not a label of the graph model.", nameof(name));

    public RelationshipDefinition GetRelationship(string type) =>
        FindRelationship(type) ?? throw new ArgumentException($"'{type}' is not a relationship type of the graph model.", nameof(type));

    /// <summary>Every property name used by any label or relationship type, for store indexes and linters.</summary>
    public IEnumerable<string> AllPropertyNames() =>
        AllProperties().Select(p => p.Name).Prepend(IdProperty).Distinct(StringComparer.Ordinal);

    public static GraphModel Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var labels = root.GetProperty("labels").EnumerateArray().Select(ReadLabel).ToList();
        var relationships = root.GetProperty("relationships").EnumerateArray().Select(ReadRelationship).ToList();
        return new GraphModel(labels, relationships);
    }

    private static GraphModel LoadEmbedded()
    {
        using var stream = typeof(GraphModel).Assembly.GetManifestResourceStream("MineralGraph.GraphSchema.model.json")
            ?? throw new InvalidOperationException("model.json is not embedded in MineralGraph.GraphSchema.");
        return Load(stream);
    }

    private static LabelDefinition ReadLabel(JsonElement label) => new(
        label.GetProperty("name").GetString()!,
        label.GetProperty("plural").GetString()!,
        label.GetProperty("description").GetString()!,
        [.. NodeCommonProperties, .. ReadProperties(label)]);

    private static RelationshipDefinition ReadRelationship(JsonElement relationship) => new(
        relationship.GetProperty("type").GetString()!,
        ReadStrings(relationship.GetProperty("from")),
        ReadStrings(relationship.GetProperty("to")),
        relationship.GetProperty("out").GetString()!,
        relationship.GetProperty("in").GetString()!,
        relationship.GetProperty("description").GetString()!,
        [.. ReadProperties(relationship), .. RelationshipCommonProperties]);

    private static IEnumerable<PropertyDefinition> ReadProperties(JsonElement owner) =>
        owner.GetProperty("properties").EnumerateArray().Select(p => new PropertyDefinition(
            p.GetProperty("name").GetString()!,
            ParseType(p.GetProperty("type").GetString()!),
            p.TryGetProperty("required", out var required) && required.GetBoolean(),
            p.TryGetProperty("enum", out var allowed) ? ReadStrings(allowed) : [],
            p.GetProperty("description").GetString()!,
            p.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : null,
            p.TryGetProperty("maximum", out var maximum) ? maximum.GetDouble() : null,
            !p.TryGetProperty("indexed", out var indexed) || indexed.GetBoolean(),
            p.TryGetProperty("search", out var search) && search.GetBoolean()));

    private static string[] ReadStrings(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static PropertyType ParseType(string name) => name switch
    {
        "string" => PropertyType.String,
        "int" => PropertyType.Int,
        "float" => PropertyType.Float,
        "boolean" => PropertyType.Boolean,
        "date" => PropertyType.Date,
        "string[]" => PropertyType.StringList,
        _ => throw new FormatException($"Unknown property type '{name}' in the graph model; use string, int, float, boolean, date or string[]."),
    };

    private IEnumerable<PropertyDefinition> AllProperties() =>
        Labels.SelectMany(l => l.Properties).Concat(Relationships.SelectMany(r => r.Properties));

    private void Validate()
    {
        ValidateRanges();
        ValidateSearchable();
        foreach (var relationship in Relationships)
        {
            foreach (var label in relationship.From.Concat(relationship.To))
            {
                if (!_labels.ContainsKey(label))
                {
                    throw new InvalidOperationException($"Relationship {relationship.Type} names unknown label '{label}'.");
                }
            }
        }
    }

    /// <summary>Search indexes a property by its name whatever the label (Neo4j's full-text index is one list of names), so a name is searchable everywhere or nowhere.</summary>
    private void ValidateSearchable()
    {
        foreach (var named in Labels.SelectMany(l => l.Properties.Select(p => (Label: l.Name, Property: p))).GroupBy(o => o.Property.Name, StringComparer.Ordinal))
        {
            if (named.Any(o => o.Property.Searchable) && named.FirstOrDefault(o => !o.Property.Searchable) is { Label: { } plain })
            {
                throw new InvalidOperationException($"Property '{named.Key}' is searchable on {string.Join(", ", named.Where(o => o.Property.Searchable).Select(o => o.Label))} but not on {plain}; set \"search\": true on every '{named.Key}' or on none.");
            }

            if (named.FirstOrDefault(o => o.Property.Searchable && o.Property.Type != PropertyType.String) is { Label: { } label })
            {
                throw new InvalidOperationException($"Property '{named.Key}' of {label} is searchable but not a string; only string properties can be searched.");
            }
        }
    }

    private void ValidateRanges()
    {
        var ranges = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in AllProperties())
        {
            if (property.HasRange && property.Type is not (PropertyType.Int or PropertyType.Float))
            {
                throw new InvalidOperationException($"Property '{property.Name}' is a {property.Type} but has a minimum or maximum; only int and float properties take a range.");
            }

            if (property is { Minimum: { } min, Maximum: { } max } && min > max)
            {
                throw new InvalidOperationException($"Property '{property.Name}' has minimum {PropertyDefinition.Format(min)} above its maximum {PropertyDefinition.Format(max)}; swap them.");
            }

            // One range per name lets the seed check bound a value by its property name alone.
            if (ranges.TryGetValue(property.Name, out var first) && (first.Minimum, first.Maximum) != (property.Minimum, property.Maximum))
            {
                throw new InvalidOperationException($"Property '{property.Name}' has two ranges in the model ({first.RangeText ?? "none"} and {property.RangeText ?? "none"}); give every '{property.Name}' the same minimum and maximum, or rename one.");
            }

            ranges.TryAdd(property.Name, property);
        }
    }
}
