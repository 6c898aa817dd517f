using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Generation;

/// <summary>
/// Writes a synthetic critical-minerals graph in the seed CSV format: same labels and types as
/// the real data, with realistic fan-out (companies running several mines, DEPENDS_ON chains,
/// sources cited on everything). Rows stream to disk, so memory stays flat at any scale, and a
/// seed fixes every byte of the output.
/// </summary>
public sealed class SyntheticGraphGenerator(GraphModel model)
{
    public SyntheticGraphGenerator()
        : this(GraphModel.Default)
    {
    }

    /// <exception cref="ArgumentException">The output folder already holds CSV files.</exception>
    public GenerationSummary Generate(GeneratorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        RefuseExistingDataset(options.OutputDirectory);
        using var run = new GenerationRun(model, options, cancellationToken);
        return run.Write();
    }

    /// <summary>Writing over a folder of CSV files could replace the curated seed data; only empty targets are used.</summary>
    private static void RefuseExistingDataset(string directory)
    {
        foreach (var folder in (string[])[SeedDatasetReader.NodesFolder, SeedDatasetReader.RelationshipsFolder])
        {
            var path = Path.Combine(directory, folder);
            if (Directory.Exists(path) && Directory.EnumerateFiles(path, "*.csv").Any())
            {
                throw new ArgumentException($"'{Path.GetFullPath(directory)}' already holds a seed dataset; generate into a new folder or delete that one first.", nameof(directory));
            }
        }
    }
}
