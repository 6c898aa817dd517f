using System.Globalization;
using System.Runtime.InteropServices;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Format;
using MineralGraph.Store;
using nietras.SeparatedValues;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// One pass over a seed folder. Node files are read first (Source.csv before the others, so
/// <c>sources</c> can be checked as rows stream by), then relationship files, whose endpoints
/// are looked up by span in the node index without allocating.
/// </summary>
internal sealed class DatasetReadRun
{
    private const int ReadBufferSize = 1 << 20;

    private static readonly SepReaderOptions CsvOptions = Sep.Reader(o => o with
    {
        Sep = new Sep(','),
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

    private readonly GraphModel _model;
    private readonly string _directory;
    private readonly List<SeedProblem> _problems = [];
    private readonly StringPool _pool = new();
    private readonly Dictionary<string, NodeLocation> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeLocation>.AlternateLookup<ReadOnlySpan<char>> _nodeLookup;
    private readonly List<NodeRecord> _nodeRecords = [];
    private readonly List<RelationshipRecord> _relationshipRecords = [];
    private readonly Dictionary<string, int> _tripleOccurrences = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relationshipKeys = new(StringComparer.Ordinal);
    private readonly List<PendingSource> _pendingSources = [];
    private readonly Dictionary<string, int> _nodesByLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _relationshipsByType = new(StringComparer.Ordinal);

    public DatasetReadRun(GraphModel model, string directory)
    {
        _model = model;
        _directory = directory;
        _nodeLookup = _nodes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public async Task<SeedReadResult> ReadAsync(CancellationToken cancellationToken)
    {
        var nodesFolder = Path.Combine(_directory, SeedDatasetReader.NodesFolder);
        if (Directory.Exists(nodesFolder))
        {
            foreach (var file in CsvFiles(nodesFolder, first: GraphModel.SourceLabel))
            {
                await ReadNodeFileAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            _problems.Add(new SeedProblem(SeedDatasetReader.NodesFolder + "/", 0, null, "the nodes/ folder is missing; put one <Label>.csv per label in it"));
        }

        ResolvePendingSources();

        var relationshipsFolder = Path.Combine(_directory, SeedDatasetReader.RelationshipsFolder);
        if (Directory.Exists(relationshipsFolder))
        {
            foreach (var file in CsvFiles(relationshipsFolder, first: null))
            {
                await ReadRelationshipFileAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }

        // Stable sort: problems of a file read in line order, header problems first.
        var problems = _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new SeedReadResult(new GraphDataset(_nodeRecords, _relationshipRecords), problems, _nodesByLabel, _relationshipsByType);
    }

    private static List<string> CsvFiles(string folder, string? first)
    {
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        var ordered = new List<string>(files.Length);
        ordered.AddRange(files.Where(f => Path.GetFileNameWithoutExtension(f) == first));
        ordered.AddRange(files.Where(f => Path.GetFileNameWithoutExtension(f) != first));
        return ordered;
    }

    /// <summary>A large read buffer keeps most <c>MoveNextAsync</c> calls synchronous: Sep parses from memory.</summary>
    private static async ValueTask<SepReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            return await CsvOptions.FromAsync(stream, leaveOpen: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private Task ReadNodeFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = DisplayName(path);
        var labelName = Path.GetFileNameWithoutExtension(path);
        var label = _model.FindLabel(labelName);
        if (label is null)
        {
            var allowed = string.Join(", ", _model.Labels.Select(l => l.Name));
            _problems.Add(new SeedProblem(file, 1, null, $"'{labelName}' is not a label of the graph model; name node files after one of: {allowed}"));
            return Task.CompletedTask;
        }

        return ReadFileAsync(
            path,
            file,
            header => HeaderParser.ParseNodeHeader(header, label, file, _problems),
            (row, layout) => ReadNodeRow(row, layout, label, file),
            cancellationToken);
    }

    private Task ReadRelationshipFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = DisplayName(path);
        var typeName = Path.GetFileNameWithoutExtension(path);
        var relationship = _model.FindRelationship(typeName);
        if (relationship is null)
        {
            var allowed = string.Join(", ", _model.Relationships.Select(r => r.Type));
            _problems.Add(new SeedProblem(file, 1, null, $"'{typeName}' is not a relationship type of the graph model; name relationship files after one of: {allowed}"));
            return Task.CompletedTask;
        }

        return ReadFileAsync(
            path,
            file,
            header => HeaderParser.ParseRelationshipHeader(header, relationship, file, _problems),
            (row, layout) => ReadRelationshipRow(row, layout, relationship, file),
            cancellationToken);
    }

    private async Task ReadFileAsync(string path, string file, Func<string[], CsvLayout?> parseHeader, RowReader readRow, CancellationToken cancellationToken)
    {
        using var reader = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (!await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            _problems.Add(new SeedProblem(file, 1, null, "the file is empty; it needs at least the header row"));
            return;
        }

        var layout = parseHeader(reader.Current[..].ToStringsArray());
        if (layout is null)
        {
            return;
        }

        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            readRow(reader.Current, layout);
        }
    }

    private void ReadNodeRow(SepReader.Row row, CsvLayout layout, LabelDefinition label, string file)
    {
        var line = row.LineNumberFrom;
        if (!HasExpectedCells(row, layout, file, line))
        {
            return;
        }

        var labelCell = row[layout.Label].Span;
        if (!labelCell.SequenceEqual(label.Name))
        {
            Report(file, line, HeaderParser.LabelHeader, labelCell.IsEmpty
                ? $"the label is missing; write '{label.Name}'"
                : $"label '{labelCell}' does not match the file's label '{label.Name}'; write '{label.Name}' or move the row to the file of its label");
        }

        var properties = ReadProperties(row, layout, file, line, deferUnknownSources: true);
        var idCell = row[layout.Id].Span;
        if (idCell.IsEmpty)
        {
            Report(file, line, HeaderParser.IdHeader, "the id is missing; every node needs a unique id such as 'company:mp-materials'");
            return;
        }

        var id = idCell.ToString();
        ref var location = ref CollectionsMarshal.GetValueRefOrAddDefault(_nodes, id, out var exists);
        if (exists)
        {
            Report(file, line, HeaderParser.IdHeader, $"duplicate id '{id}': already defined at {location.File}:{location.Line}; ids are global across all node files");
            return;
        }

        location = new NodeLocation(label.Name, file, line);
        _nodeRecords.Add(new NodeRecord(id, label.Name, properties));
        CollectionsMarshal.GetValueRefOrAddDefault(_nodesByLabel, label.Name, out _)++;
    }

    private void ReadRelationshipRow(SepReader.Row row, CsvLayout layout, RelationshipDefinition relationship, string file)
    {
        var line = row.LineNumberFrom;
        if (!HasExpectedCells(row, layout, file, line))
        {
            return;
        }

        var typeCell = row[layout.Type].Span;
        if (!typeCell.SequenceEqual(relationship.Type))
        {
            Report(file, line, HeaderParser.TypeHeader, typeCell.IsEmpty
                ? $"the type is missing; write '{relationship.Type}'"
                : $"type '{typeCell}' does not match the file's type '{relationship.Type}'; write '{relationship.Type}' or move the row to the file of its type");
        }

        var startId = ResolveEndpoint(row[layout.StartId].Span, relationship, relationship.From, "start at", HeaderParser.StartIdHeader, file, line);
        var endId = ResolveEndpoint(row[layout.EndId].Span, relationship, relationship.To, "end at", HeaderParser.EndIdHeader, file, line);
        var properties = ReadProperties(row, layout, file, line, deferUnknownSources: false);
        if (startId is null || endId is null)
        {
            return;
        }

        var key = layout.Key >= 0 && !row[layout.Key].Span.IsEmpty
            ? row[layout.Key].Span.ToString()
            : DeriveKey(startId, relationship.Type, endId);
        if (!_relationshipKeys.Add(key))
        {
            Report(file, line, HeaderParser.KeyColumn, $"duplicate relationship key '{key}'; give each relationship its own key");
            return;
        }

        _relationshipRecords.Add(new RelationshipRecord(key, relationship.Type, startId, endId, properties));
        CollectionsMarshal.GetValueRefOrAddDefault(_relationshipsByType, relationship.Type, out _)++;
    }

    /// <summary>
    /// <c>{startId}|{TYPE}|{endId}</c>, and <c>|n</c> for the n-th occurrence of the same triple
    /// in file order, so several relationships may link one pair (one share per year and stage).
    /// </summary>
    private string DeriveKey(string startId, string type, string endId)
    {
        var triple = RelationshipKeys.First(startId, type, endId);
        ref var occurrences = ref CollectionsMarshal.GetValueRefOrAddDefault(_tripleOccurrences, triple, out _);
        occurrences++;
        return RelationshipKeys.Nth(triple, occurrences);
    }

    /// <returns>The node's id string (shared with the node index), or null when the endpoint is unusable.</returns>
    private string? ResolveEndpoint(
        ReadOnlySpan<char> cell, RelationshipDefinition relationship, IReadOnlyList<string> allowedLabels,
        string verb, string column, string file, int line)
    {
        if (cell.IsEmpty)
        {
            Report(file, line, column, "the node id is missing");
            return null;
        }

        if (!_nodeLookup.TryGetValue(cell, out var id, out var node))
        {
            Report(file, line, column, $"no node has id '{cell}'; add it to a node file or fix the reference");
            return null;
        }

        if (!allowedLabels.Contains(node.Label))
        {
            Report(file, line, column,
                $"{relationship.Type} cannot {verb} {node.Label} '{id}'; it goes from {string.Join("/", relationship.From)} to {string.Join("/", relationship.To)}");
            return null;
        }

        return id;
    }

    private bool HasExpectedCells(SepReader.Row row, CsvLayout layout, string file, int line)
    {
        if (row.ColCount == layout.ColumnCount)
        {
            return true;
        }

        // A blank line (often a trailing one) carries no record.
        if (row.ColCount == 1 && row[0].Span.IsEmpty)
        {
            return false;
        }

        Report(file, line, null, $"the row has {row.ColCount} cells but the header has {layout.ColumnCount}; quote cells that contain commas");
        return false;
    }

    private RowProperties ReadProperties(SepReader.Row row, CsvLayout layout, string file, int line, bool deferUnknownSources)
    {
        var columns = layout.Properties;
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var cell = row[column.Index].Span;
            if (cell.IsEmpty)
            {
                if (column.Definition is { Required: true })
                {
                    Report(file, line, column.Header, $"'{column.Name}' is required; give it a value");
                }

                continue;
            }

            if (TryReadValue(cell, column, file, line, out var value))
            {
                if (column.Name == GraphModel.SourcesProperty && value is string[] sources)
                {
                    CheckSources(sources, column.Header, file, line, deferUnknownSources);
                }

                values[i] = value;
            }
        }

        return new RowProperties(layout.PropertyNames, values);
    }

    private bool TryReadValue(ReadOnlySpan<char> cell, PropertyColumn column, string file, int line, out object value)
    {
        var allowed = column.Definition?.AllowedValues ?? [];
        if (column.Type == PropertyType.String && allowed.Count > 0)
        {
            // Enum values come from the model, so rows share one string per value.
            var match = FindAllowed(cell, allowed);
            if (match is null)
            {
                ReportNotAllowed(cell, column, allowed, file, line);
            }

            value = match!;
            return match is not null;
        }

        if (!CellParser.TryParse(cell, column.Type, _pool, out value, out var error))
        {
            Report(file, line, column.Header, error!);
            return false;
        }

        if (value is string[] items && allowed.Count > 0)
        {
            foreach (var item in items)
            {
                if (FindAllowed(item, allowed) is null)
                {
                    ReportNotAllowed(item, column, allowed, file, line);
                    return false;
                }
            }
        }

        return true;
    }

    private static string? FindAllowed(ReadOnlySpan<char> cell, IReadOnlyList<string> allowed)
    {
        foreach (var candidate in allowed)
        {
            if (cell.SequenceEqual(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private void ReportNotAllowed(ReadOnlySpan<char> cell, PropertyColumn column, IReadOnlyList<string> allowed, string file, int line) =>
        Report(file, line, column.Header, $"'{cell}' is not an allowed {column.Name}; use one of: {string.Join(", ", allowed)}");

    private void CheckSources(string[] sources, string column, string file, int line, bool deferUnknown)
    {
        foreach (var source in sources)
        {
            if (_nodes.TryGetValue(source, out var node))
            {
                if (node.Label != GraphModel.SourceLabel)
                {
                    Report(file, line, column, $"source '{source}' is a {node.Label}, not a Source node");
                }
            }
            else if (deferUnknown)
            {
                _pendingSources.Add(new PendingSource(file, line, column, source));
            }
            else
            {
                Report(file, line, column, $"source '{source}' is not a Source node; add it to nodes/Source.csv or fix the id");
            }
        }
    }

    /// <summary>Sources cited before their Source row was read (a Source citing a later Source).</summary>
    private void ResolvePendingSources()
    {
        foreach (var pending in _pendingSources)
        {
            CheckSources([pending.SourceId], pending.Column, pending.File, pending.Line, deferUnknown: false);
        }
    }

    private void Report(string file, int line, string? column, string message) =>
        _problems.Add(new SeedProblem(file, line, column, message));

    private string DisplayName(string path) =>
        Path.GetRelativePath(_directory, path).Replace(Path.DirectorySeparatorChar, '/');

    private delegate void RowReader(SepReader.Row row, CsvLayout layout);

    private readonly record struct NodeLocation(string Label, string File, int Line);

    private readonly record struct PendingSource(string File, int Line, string Column, string SourceId);
}
