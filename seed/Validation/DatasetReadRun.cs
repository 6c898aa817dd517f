using System.Runtime.InteropServices;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Format;
using MineralGraph.Store;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// One pass over a seed folder. Source.csv is read first, so the other files can check the
/// <c>sources</c> they cite as rows stream by; then the other node files, in parallel; then the
/// relationship files, in parallel, whose endpoints are looked up by span in the node index
/// without allocating. Duplicate ids and keys are found after each phase, in file order, so a
/// dataset reads the same however the files were scheduled.
/// </summary>
internal sealed class DatasetReadRun
{
    private readonly GraphModel _model;
    private readonly string _directory;
    private readonly List<SeedProblem> _problems = [];
    private readonly Dictionary<string, NodeLocation> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeLocation>.AlternateLookup<ReadOnlySpan<char>> _nodeLookup;
    private readonly List<NodeRecord> _nodeRecords = [];
    private readonly List<RelationshipRecord> _relationshipRecords = [];
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
            var files = CsvFiles(nodesFolder);
            var sources = files.Where(f => Path.GetFileNameWithoutExtension(f) == GraphModel.SourceLabel).ToList();
            var reads = await ReadFilesAsync(sources, NodeFile, (read, label, token) => read.ReadNodesAsync(label, token), cancellationToken).ConfigureAwait(false);
            AddNodes(reads);
            var others = await ReadFilesAsync(files.Except(sources).ToList(), NodeFile, (read, label, token) => read.ReadNodesAsync(label, token), cancellationToken).ConfigureAwait(false);
            AddNodes(others);
            foreach (var read in reads.Concat(others))
            {
                read.CheckPendingSources();
                _problems.AddRange(read.Problems);
            }
        }
        else
        {
            _problems.Add(new SeedProblem(SeedDatasetReader.NodesFolder + "/", 0, null, "the nodes/ folder is missing; put one <Label>.csv per label in it"));
        }

        var relationshipsFolder = Path.Combine(_directory, SeedDatasetReader.RelationshipsFolder);
        if (Directory.Exists(relationshipsFolder))
        {
            var reads = await ReadFilesAsync(CsvFiles(relationshipsFolder), RelationshipFile, (read, type, token) => read.ReadRelationshipsAsync(type, token), cancellationToken).ConfigureAwait(false);
            AddRelationships(reads);
        }

        // Stable sort: problems of a file read in line order, header problems first.
        var problems = _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new SeedReadResult(new GraphDataset(_nodeRecords, _relationshipRecords), problems, _nodesByLabel, _relationshipsByType);
    }

    private static List<string> CsvFiles(string folder)
    {
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        return [.. files];
    }

    /// <summary>
    /// Reads the files in parallel, the largest first so that no core waits for one big file at
    /// the end, and returns their reads in file order. A file named for nothing in the model is
    /// reported and skipped.
    /// </summary>
    private async Task<List<CsvFileRead>> ReadFilesAsync<TDefinition>(
        List<string> paths, Func<string, string, TDefinition?> define, Func<CsvFileRead, TDefinition, CancellationToken, Task> read, CancellationToken cancellationToken)
        where TDefinition : class
    {
        var files = new List<(CsvFileRead Read, TDefinition Definition, long Length)>();
        foreach (var path in paths)
        {
            var file = DisplayName(path);
            if (define(Path.GetFileNameWithoutExtension(path), file) is { } definition)
            {
                files.Add((new CsvFileRead(path, file, _nodeLookup), definition, new FileInfo(path).Length));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(files.OrderByDescending(f => f.Length), options, async (f, token) => await read(f.Read, f.Definition, token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. files.Select(f => f.Read)];
    }

    private LabelDefinition? NodeFile(string labelName, string file)
    {
        var label = _model.FindLabel(labelName);
        if (label is null)
        {
            var allowed = string.Join(", ", _model.Labels.Select(l => l.Name));
            _problems.Add(new SeedProblem(file, 1, null, $"'{labelName}' is not a label of the graph model; name node files after one of: {allowed}"));
        }

        return label;
    }

    private RelationshipDefinition? RelationshipFile(string typeName, string file)
    {
        var relationship = _model.FindRelationship(typeName);
        if (relationship is null)
        {
            var allowed = string.Join(", ", _model.Relationships.Select(r => r.Type));
            _problems.Add(new SeedProblem(file, 1, null, $"'{typeName}' is not a relationship type of the graph model; name relationship files after one of: {allowed}"));
        }

        return relationship;
    }

    /// <summary>Ids are global across node files: the first definition in file order wins, later ones are reported.</summary>
    private void AddNodes(List<CsvFileRead> reads)
    {
        _nodes.EnsureCapacity(_nodes.Count + reads.Sum(r => r.Nodes.Count));
        foreach (var read in reads)
        {
            foreach (var (node, line) in read.Nodes)
            {
                ref var location = ref CollectionsMarshal.GetValueRefOrAddDefault(_nodes, node.Id, out var exists);
                if (exists)
                {
                    read.Problems.Add(new SeedProblem(read.File, line, HeaderParser.IdHeader, $"duplicate id '{node.Id}': already defined at {location.File}:{location.Line}; ids are global across all node files"));
                    continue;
                }

                location = new NodeLocation(node.Label, read.File, line);
                _nodeRecords.Add(node);
                CollectionsMarshal.GetValueRefOrAddDefault(_nodesByLabel, node.Label, out _)++;
            }
        }
    }

    /// <summary>Keys are global across relationship files: the first in file order wins, later ones are reported.</summary>
    private void AddRelationships(List<CsvFileRead> reads)
    {
        var keys = new HashSet<string>(reads.Sum(r => r.Relationships.Count), StringComparer.Ordinal);
        foreach (var read in reads)
        {
            _problems.AddRange(read.Problems);
            foreach (var (relationship, line) in read.Relationships)
            {
                if (!keys.Add(relationship.Key))
                {
                    _problems.Add(new SeedProblem(read.File, line, HeaderParser.KeyColumn, $"duplicate relationship key '{relationship.Key}'; give each relationship its own key"));
                    continue;
                }

                _relationshipRecords.Add(relationship);
                CollectionsMarshal.GetValueRefOrAddDefault(_relationshipsByType, relationship.Type, out _)++;
            }
        }
    }

    private string DisplayName(string path) =>
        Path.GetRelativePath(_directory, path).Replace(Path.DirectorySeparatorChar, '/');
}
