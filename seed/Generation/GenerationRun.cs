using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;
using static MineralGraph.Seed.Generation.ReferenceCatalogue;

namespace MineralGraph.Seed.Generation;

/// <summary>
/// One generation: every file open at once, entities written in id order. Ids are derived from
/// indexes, so a relationship can point at any entity without keeping it in memory.
/// </summary>
internal sealed partial class GenerationRun : IDisposable
{
    private static readonly DateOnly Epoch = new(2015, 1, 1);

    /// <summary>Element ids by symbol, looked up once per generated row by <see cref="MaterialId"/>.</summary>
    private static readonly Dictionary<string, string> ElementIds = Elements.ToDictionary(e => e.Symbol, e => e.Id, StringComparer.Ordinal);

    private static readonly string[] Syllables = ["ka", "ro", "mi", "ta", "lu", "ven", "dor", "sa", "ne", "bri", "tho", "gal", "mar", "zen", "o", "ri", "an", "bel", "cu", "dra"];

    private readonly GeneratorOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly DeterministicRandom _random;
    private readonly Dictionary<string, TableWriter> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableWriter> _relationships = new(StringComparer.Ordinal);
    private readonly string[] _sourceBuffer = new string[2];

    /// <summary>Every row cites sources, so their ids are formatted once rather than per row.</summary>
    private readonly string[] _sourceIds;
    private readonly int _countries;
    private readonly int _companies;
    private readonly int _facilities;
    private readonly int _applications;
    private readonly int _regulations;

    public GenerationRun(GraphModel model, GeneratorOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        _random = new DeterministicRandom(options.Seed);
        var mines = options.Mines;
        _sourceIds = new string[20 + (mines / 200)];
        for (var i = 0; i < _sourceIds.Length; i++)
        {
            _sourceIds[i] = SourceId(i);
        }

        _countries = Math.Min(12 + (mines / 2_000), 26 * 26);
        _companies = Math.Max(20, mines / 4);
        _facilities = Math.Max(10, mines / 10);
        _applications = Applications.Length + (mines / 2_000);
        _regulations = 30 + (mines / 1_000);

        var nodesFolder = Directory.CreateDirectory(Path.Combine(options.OutputDirectory, SeedDatasetReader.NodesFolder)).FullName;
        var relationshipsFolder = Directory.CreateDirectory(Path.Combine(options.OutputDirectory, SeedDatasetReader.RelationshipsFolder)).FullName;
        foreach (var label in model.Labels)
        {
            _nodes.Add(label.Name, TableWriter.ForLabel(nodesFolder, label));
        }

        foreach (var relationship in model.Relationships)
        {
            _relationships.Add(relationship.Type, TableWriter.ForRelationship(relationshipsFolder, relationship));
        }
    }

    public GenerationSummary Write()
    {
        WriteSources();
        WriteElementsAndMaterials();
        WriteCountriesAndAgencies();
        WriteCompanies();
        WriteMines();
        WriteFacilities();
        WriteApplications();
        WriteRegulations();
        return new GenerationSummary(
            Path.GetFullPath(_options.OutputDirectory),
            _nodes.ToDictionary(t => t.Key, t => t.Value.Rows, StringComparer.Ordinal),
            _relationships.ToDictionary(t => t.Key, t => t.Value.Rows, StringComparer.Ordinal));
    }

    public void Dispose()
    {
        foreach (var table in _nodes.Values.Concat(_relationships.Values))
        {
            table.Dispose();
        }
    }

    private static string SourceId(int i) => $"source:s{i:D5}";

    private static string CountryId(int i) => $"country:{CountryCode(i, 2).ToLowerInvariant()}";

    private static string AgencyId(int i) => $"agency:g{i:D3}";

    private static string CompanyId(int i) => $"company:c{i:D7}";

    private static string MineId(int i) => $"mine:m{i:D7}";

    private static string FacilityId(int i) => $"facility:f{i:D7}";

    private static string ApplicationId(int i) => i < Applications.Length ? Applications[i].Id : $"application:a{i:D5}";

    private static string RegulationId(int i) => $"regulation:r{i:D5}";

    /// <summary>Letters from the index: AA, AB, … for iso2; AAA… for iso3.</summary>
    private static string CountryCode(int i, int length) => length == 2
        ? string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26)))
        : string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26)), 'X');

    private static string MaterialId(string reference) =>
        ElementIds.GetValueOrDefault(reference) ?? "product:" + reference;

    private TableRow Node(string label, string id, string name, bool cite = true)
    {
        var row = _nodes[label].NewRow();
        row.Set(GraphModel.IdProperty, id).Set(Format.HeaderParser.LabelHeader, label).Set(GraphModel.NameProperty, name);
        if (cite)
        {
            Cite(row);
        }

        return row;
    }

    private TableRow Relationship(string type, string startId, string endId)
    {
        var row = _relationships[type].NewRow();
        row.Set(Format.HeaderParser.StartIdHeader, startId).Set(Format.HeaderParser.EndIdHeader, endId).Set(Format.HeaderParser.TypeHeader, type);
        Cite(row);
        return row;
    }

    private void Link(string type, string startId, string endId) => Relationship(type, startId, endId).Dispose();

    /// <summary>Every fact but a Source cites one or two sources, as provenance requires.</summary>
    private void Cite(TableRow row)
    {
        var count = _random.Between(1, 2);
        _sourceBuffer[0] = _sourceIds[_random.Next(_sourceIds.Length)];
        _sourceBuffer[1] = _sourceIds[_random.Next(_sourceIds.Length)];
        row.SetList(GraphModel.SourcesProperty, count == 2 && _sourceBuffer[0] != _sourceBuffer[1] ? _sourceBuffer : _sourceBuffer.AsSpan(0, 1));
    }

    private string Word(int syllables)
    {
        Span<char> buffer = stackalloc char[syllables * 3];
        var length = 0;
        for (var s = 0; s < syllables; s++)
        {
            var syllable = _random.Pick(Syllables);
            syllable.CopyTo(buffer[length..]);
            length += syllable.Length;
        }

        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return buffer[..length].ToString();
    }

    private DateOnly Date(int minDays, int maxDays) => Epoch.AddDays(_random.Between(minDays, maxDays));

    private int OtherThan(int index, int count) => (index + 1 + _random.Next(count - 1)) % count;

    private void Cancelled() => _cancellationToken.ThrowIfCancellationRequested();
}
