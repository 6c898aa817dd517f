using System.Globalization;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Format;
using nietras.SeparatedValues;

namespace MineralGraph.Seed.Generation;

/// <summary>
/// Streams one seed CSV file. The header comes from the model, so generated files carry the
/// same typed columns the loader checks; rows are written straight to disk as they are made.
/// </summary>
internal sealed class TableWriter : IDisposable
{
    private static readonly SepWriterOptions CsvOptions = Sep.New(',').Writer(o => o with
    {
        Escape = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

    private readonly SepWriter _writer;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private TableWriter(string path, IReadOnlyList<string> headers, IReadOnlyList<string> names)
    {
        _writer = CsvOptions.ToFile(path);
        for (var i = 0; i < headers.Count; i++)
        {
            _columns.Add(names[i], i);
        }

        _writer.Header.Add(headers);
        _writer.Header.Write();
    }

    public long Rows { get; private set; }

    public static TableWriter ForLabel(string directory, LabelDefinition label)
    {
        List<string> headers = [HeaderParser.IdHeader, HeaderParser.LabelHeader];
        List<string> names = [GraphModel.IdProperty, HeaderParser.LabelHeader];
        foreach (var property in label.Properties)
        {
            headers.Add(ImportTypes.Header(property.Name, property.Type));
            names.Add(property.Name);
        }

        return new TableWriter(Path.Combine(directory, label.Name + ".csv"), headers, names);
    }

    public static TableWriter ForRelationship(string directory, RelationshipDefinition relationship)
    {
        List<string> headers = [HeaderParser.StartIdHeader, HeaderParser.EndIdHeader, HeaderParser.TypeHeader];
        List<string> names = [.. headers];

        // Common properties (sources) first, as in the documented header.
        foreach (var property in relationship.Properties.OrderBy(p => p.Name != GraphModel.SourcesProperty))
        {
            headers.Add(ImportTypes.Header(property.Name, property.Type));
            names.Add(property.Name);
        }

        return new TableWriter(Path.Combine(directory, relationship.Type + ".csv"), headers, names);
    }

    /// <summary>A row to fill; callers check cancellation per entity, as Sep ties a token to async disposal.</summary>
    public TableRow NewRow()
    {
        Rows++;
        return new TableRow(_writer.NewRow(), _columns);
    }

    public void Dispose() => _writer.Dispose();
}
