using MineralGraph.GraphSchema;
using MineralGraph.Seed.Format;
using MineralGraph.Seed.Generation;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Curation;

/// <summary>
/// Turns the curated YAML files under <c>DIR/curated</c> into the admin-import CSVs under
/// <c>DIR/nodes</c> (all but Country.csv, which countries.mjs writes) and <c>DIR/relationships</c>.
/// The files are checked against <see cref="CuratedFileSchema"/>, compiled, written to a scratch
/// folder and read back with the checks of <c>seed validate</c>; every problem is reported at the
/// YAML file and line it comes from, and nothing is written unless there is none. Nodes are
/// written in id order and relationships in (start, end) order, so a fact's place in the files
/// never changes the CSVs; parallel relationships keep the order they are written in, which
/// numbers their keys.
/// </summary>
public sealed class CuratedBuild(GraphModel model)
{
    public const string CuratedFolder = "curated";
    public const string FileExtension = ".yaml";

    private readonly CuratedSchemaCheck _schema = new(model);

    public CuratedBuild()
        : this(GraphModel.Default)
    {
    }

    /// <param name="directory">The dataset folder: it holds curated/, and nodes/Country.csv.</param>
    /// <param name="write">Write the CSVs that differ; false only compares, so a test can tell stale files.</param>
    /// <exception cref="DirectoryNotFoundException">The folder or its curated/ folder does not exist.</exception>
    public async Task<CuratedBuildResult> RunAsync(string directory, bool write, CancellationToken cancellationToken)
    {
        var curated = Path.Combine(directory, CuratedFolder);
        if (!Directory.Exists(curated))
        {
            throw new DirectoryNotFoundException($"'{Path.GetFullPath(curated)}' does not exist; pass the dataset folder that holds {CuratedFolder}/ (seed/data).");
        }

        List<SeedProblem> problems = [];
        List<SeedProblem> duplicates = [];
        var graph = new CuratedGraph(model);
        var ids = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(curated, "*" + FileExtension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var document = CuratedDocument.Parse(file, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), problems);
            if (document is null)
            {
                continue;
            }

            var before = problems.Count;
            _schema.Check(document, problems);
            if (problems.Count == before)
            {
                graph.Add(document, duplicates, ids);
            }
        }

        if (problems.Count > 0)
        {
            return new CuratedBuildResult(problems, [], [], 0, 0);
        }

        // A second record of an id was left out, so the rest can still be checked and every problem reported at once.
        problems.AddRange(duplicates);

        var scratch = Directory.CreateTempSubdirectory("mineralgraph-build-");
        try
        {
            var places = WriteTables(graph, scratch.FullName);
            var countries = Path.Combine(SeedDatasetReader.NodesFolder, CuratedFileSchema.GeneratedLabel + ".csv");
            File.Copy(Path.Combine(directory, countries), Path.Combine(scratch.FullName, countries));
            var read = await new SeedDatasetReader(model).ReadAsync(scratch.FullName, cancellationToken).ConfigureAwait(false);
            var integrity = read.IsValid ? DatasetIntegrityCheck.Check(read.Dataset, model) : new DatasetIntegrity([], []);
            problems.AddRange(read.Problems.Concat(integrity.Problems).Select(p => AtSource(p, places)));
            var warnings = integrity.Warnings.Select(p => AtSource(p, places)).ToList();
            if (problems.Count > 0)
            {
                return new CuratedBuildResult(problems, warnings, [], 0, 0);
            }

            var changed = await CompareAsync(scratch.FullName, directory, write, cancellationToken).ConfigureAwait(false);
            return new CuratedBuildResult([], warnings, changed, graph.Nodes.Count, graph.Relationships.Count);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private Dictionary<(string File, int Line), CuratedGraph.Place> WriteTables(CuratedGraph graph, string root)
    {
        var places = new Dictionary<(string, int), CuratedGraph.Place>();
        Directory.CreateDirectory(Path.Combine(root, SeedDatasetReader.NodesFolder));
        Directory.CreateDirectory(Path.Combine(root, SeedDatasetReader.RelationshipsFolder));
        foreach (var rows in graph.Nodes.GroupBy(r => r.Table))
        {
            using var writer = TableWriter.ForLabel(Path.Combine(root, SeedDatasetReader.NodesFolder), model.GetLabel(rows.Key));
            Write(writer, $"{SeedDatasetReader.NodesFolder}/{rows.Key}.csv", rows.OrderBy(r => r.Start, StringComparer.Ordinal), places, (row, cells) => cells.Set(HeaderParser.LabelHeader, row.Table));
        }

        foreach (var rows in graph.Relationships.GroupBy(r => r.Table))
        {
            using var writer = TableWriter.ForRelationship(Path.Combine(root, SeedDatasetReader.RelationshipsFolder), model.GetRelationship(rows.Key));
            var ordered = rows.OrderBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.End, StringComparer.Ordinal);
            Write(writer, $"{SeedDatasetReader.RelationshipsFolder}/{rows.Key}.csv", ordered, places, (row, cells) => cells
                .Set(HeaderParser.StartIdHeader, row.Start)
                .Set(HeaderParser.EndIdHeader, row.End)
                .Set(HeaderParser.TypeHeader, row.Table));
        }

        return places;
    }

    private static void Write(TableWriter writer, string file, IEnumerable<CuratedGraph.Row> rows, Dictionary<(string, int), CuratedGraph.Place> places, Func<CuratedGraph.Row, TableRow, TableRow> setKeys)
    {
        var line = 1;
        foreach (var row in rows)
        {
            places[(file, ++line)] = row.Place;
            using var cells = setKeys(row, writer.NewRow());
            foreach (var (column, value) in row.Cells)
            {
                cells.Set(column, value);
            }
        }
    }

    /// <summary>A problem found in a generated CSV, moved to the YAML key it comes from.</summary>
    private static SeedProblem AtSource(SeedProblem problem, Dictionary<(string, int), CuratedGraph.Place> places)
    {
        if (!places.TryGetValue((problem.File, problem.Line), out var place))
        {
            return problem;
        }

        var property = problem.Column switch
        {
            null => null,
            HeaderParser.StartIdHeader or HeaderParser.EndIdHeader => RelationshipField.NodeKey,
            _ => problem.Column.Split(':')[0],
        };
        return new SeedProblem(place.Document.File, property is null ? place.Line : place.LineOf(property), property, problem.Message);
    }

    /// <summary>The generated files that differ from the dataset's, and the dataset's generated files that the build no longer makes; written or deleted when <paramref name="write"/>.</summary>
    private static async Task<List<string>> CompareAsync(string scratch, string directory, bool write, CancellationToken cancellationToken)
    {
        List<string> changed = [];
        var countries = CuratedFileSchema.GeneratedLabel + ".csv";
        foreach (var folder in new[] { SeedDatasetReader.NodesFolder, SeedDatasetReader.RelationshipsFolder })
        {
            var target = Path.Combine(directory, folder);
            Directory.CreateDirectory(target);
            var made = Directory.GetFiles(Path.Combine(scratch, folder), "*.csv").Where(f => Path.GetFileName(f) != countries).ToDictionary(f => Path.GetFileName(f), StringComparer.Ordinal);
            foreach (var (name, path) in made.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var existing = Path.Combine(target, name);
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                var current = File.Exists(existing) ? await File.ReadAllBytesAsync(existing, cancellationToken).ConfigureAwait(false) : null;
                if (current is null || !bytes.AsSpan().SequenceEqual(current))
                {
                    changed.Add($"{folder}/{name}");
                    if (write)
                    {
                        await File.WriteAllBytesAsync(existing, bytes, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            foreach (var stale in Directory.GetFiles(target, "*.csv").Where(f => Path.GetFileName(f) != countries && !made.ContainsKey(Path.GetFileName(f))).Order(StringComparer.Ordinal))
            {
                changed.Add($"{folder}/{Path.GetFileName(stale)}");
                if (write)
                {
                    File.Delete(stale);
                }
            }
        }

        return changed;
    }
}
