using System.Globalization;
using System.Runtime.InteropServices;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Format;
using MineralGraph.Store;
using nietras.SeparatedValues;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// The reading of one seed CSV file, with state of its own (problems, rows, a string pool, the
/// occurrences of each relationship triple: a triple names its type, so it never spans files),
/// so that files can be read in parallel. The nodes endpoints and sources are looked up in are
/// only read meanwhile. Checks across files (duplicate ids and keys) are the run's, made in file
/// order once every file is read.
/// </summary>
internal sealed class CsvFileRead(string path, string file, Dictionary<string, NodeLocation>.AlternateLookup<ReadOnlySpan<char>> nodes)
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

    private readonly StringPool _pool = new();
    private readonly Dictionary<string, int> _tripleOccurrences = new(StringComparer.Ordinal);

    public string File => file;

    public List<SeedProblem> Problems { get; } = [];

    /// <summary>The nodes read from a node file, in file order, with their line numbers.</summary>
    public List<ReadRow<NodeRecord>> Nodes { get; } = [];

    /// <summary>The relationships read from a relationship file, in file order, with their line numbers.</summary>
    public List<ReadRow<RelationshipRecord>> Relationships { get; } = [];

    /// <summary>Sources cited that were not nodes yet when the file was read, checked once every node file is.</summary>
    public List<PendingSource> PendingSources { get; } = [];

    public Task ReadNodesAsync(LabelDefinition label, CancellationToken cancellationToken) =>
        ReadAsync(
            header => HeaderParser.ParseNodeHeader(header, label, file, Problems),
            (row, layout) => ReadNodeRow(row, layout, label),
            cancellationToken);

    public Task ReadRelationshipsAsync(RelationshipDefinition relationship, CancellationToken cancellationToken) =>
        ReadAsync(
            header => HeaderParser.ParseRelationshipHeader(header, relationship, file, Problems),
            (row, layout) => ReadRelationshipRow(row, layout, relationship),
            cancellationToken);

    public void CheckPendingSources()
    {
        foreach (var pending in PendingSources)
        {
            CheckSources([pending.SourceId], pending.Column, pending.Line, deferUnknown: false);
        }
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

    private async Task ReadAsync(Func<string[], CsvLayout?> parseHeader, RowReader readRow, CancellationToken cancellationToken)
    {
        using var reader = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (!await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            Report(1, null, "the file is empty; it needs at least the header row");
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

    private void ReadNodeRow(SepReader.Row row, CsvLayout layout, LabelDefinition label)
    {
        var line = row.LineNumberFrom;
        if (!HasExpectedCells(row, layout, line))
        {
            return;
        }

        CheckMatchesFile(row[layout.Label].Span, label.Name, "label", HeaderParser.LabelHeader, line);

        var properties = ReadProperties(row, layout, line, deferUnknownSources: true);
        var idCell = row[layout.Id].Span;
        if (idCell.IsEmpty)
        {
            Report(line, HeaderParser.IdHeader, "the id is missing; every node needs a unique id such as 'company:mp-materials'");
            return;
        }

        Nodes.Add(new ReadRow<NodeRecord>(new NodeRecord(idCell.ToString(), label.Name, properties), line));
    }

    private void ReadRelationshipRow(SepReader.Row row, CsvLayout layout, RelationshipDefinition relationship)
    {
        var line = row.LineNumberFrom;
        if (!HasExpectedCells(row, layout, line))
        {
            return;
        }

        CheckMatchesFile(row[layout.Type].Span, relationship.Type, "type", HeaderParser.TypeHeader, line);

        var startId = ResolveEndpoint(row[layout.StartId].Span, relationship, relationship.From, "start at", HeaderParser.StartIdHeader, line);
        var endId = ResolveEndpoint(row[layout.EndId].Span, relationship, relationship.To, "end at", HeaderParser.EndIdHeader, line);
        var properties = ReadProperties(row, layout, line, deferUnknownSources: false);
        if (startId is null || endId is null)
        {
            return;
        }

        var key = layout.Key >= 0 && !row[layout.Key].Span.IsEmpty
            ? row[layout.Key].Span.ToString()
            : DeriveKey(startId, relationship.Type, endId);
        Relationships.Add(new ReadRow<RelationshipRecord>(new RelationshipRecord(key, relationship.Type, startId, endId, properties), line));
    }

    /// <summary>Reports a row whose label (or type) cell is not the one the file is named for.</summary>
    private void CheckMatchesFile(ReadOnlySpan<char> cell, string expected, string kind, string column, int line)
    {
        if (!cell.SequenceEqual(expected))
        {
            Report(line, column, cell.IsEmpty
                ? $"the {kind} is missing; write '{expected}'"
                : $"{kind} '{cell}' does not match the file's {kind} '{expected}'; write '{expected}' or move the row to the file of its {kind}");
        }
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
        string verb, string column, int line)
    {
        if (cell.IsEmpty)
        {
            Report(line, column, "the node id is missing");
            return null;
        }

        if (!nodes.TryGetValue(cell, out var id, out var node))
        {
            Report(line, column, $"no node has id '{cell}'; add it to a node file or fix the reference");
            return null;
        }

        if (!allowedLabels.Contains(node.Label))
        {
            Report(line, column,
                $"{relationship.Type} cannot {verb} {node.Label} '{id}'; it goes from {string.Join("/", relationship.From)} to {string.Join("/", relationship.To)}");
            return null;
        }

        return id;
    }

    private bool HasExpectedCells(SepReader.Row row, CsvLayout layout, int line)
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

        Report(line, null, $"the row has {row.ColCount} cells but the header has {layout.ColumnCount}; quote cells that contain commas");
        return false;
    }

    private RowProperties ReadProperties(SepReader.Row row, CsvLayout layout, int line, bool deferUnknownSources)
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
                    Report(line, column.Header, $"'{column.Name}' is required; give it a value");
                }

                continue;
            }

            if (TryReadValue(cell, column, line, out var value))
            {
                if (column.Name == GraphModel.SourcesProperty && value is string[] sources)
                {
                    CheckSources(sources, column.Header, line, deferUnknownSources);
                }

                values[i] = value;
            }
        }

        return new RowProperties(layout.PropertyNames, values);
    }

    private bool TryReadValue(ReadOnlySpan<char> cell, PropertyColumn column, int line, out object value)
    {
        var allowed = column.Definition?.AllowedValues ?? [];
        if (column.Type == PropertyType.String && allowed.Count > 0)
        {
            // Enum values come from the model, so rows share one string per value.
            var match = FindAllowed(cell, allowed);
            if (match is null)
            {
                ReportNotAllowed(cell, column, allowed, line);
            }

            value = match!;
            return match is not null;
        }

        if (!CellParser.TryParse(cell, column.Type, _pool, out value, out var error))
        {
            Report(line, column.Header, error!);
            return false;
        }

        if (value is string[] items && allowed.Count > 0)
        {
            foreach (var item in items)
            {
                if (FindAllowed(item, allowed) is null)
                {
                    ReportNotAllowed(item, column, allowed, line);
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

    private void ReportNotAllowed(ReadOnlySpan<char> cell, PropertyColumn column, IReadOnlyList<string> allowed, int line) =>
        Report(line, column.Header, $"'{cell}' is not an allowed {column.Name}; use one of: {string.Join(", ", allowed)}");

    private void CheckSources(string[] sources, string column, int line, bool deferUnknown)
    {
        foreach (var source in sources)
        {
            if (nodes.TryGetValue(source, out _, out var node))
            {
                if (node.Label != GraphModel.SourceLabel)
                {
                    Report(line, column, $"source '{source}' is a {node.Label}, not a Source node");
                }
            }
            else if (deferUnknown)
            {
                PendingSources.Add(new PendingSource(line, column, source));
            }
            else
            {
                Report(line, column, $"source '{source}' is not a Source node; add it to nodes/Source.csv or fix the id");
            }
        }
    }

    private void Report(int line, string? column, string message) =>
        Problems.Add(new SeedProblem(file, line, column, message));

    private delegate void RowReader(SepReader.Row row, CsvLayout layout);
}
