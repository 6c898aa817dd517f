using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Validation;

/// <summary>
/// Reads and checks a seed folder in the Neo4j admin-import CSV format:
/// <c>nodes/&lt;Label&gt;.csv</c> and <c>relationships/&lt;TYPE&gt;.csv</c>. Every problem is
/// collected with its file, line and column; a dataset with problems must not be loaded.
/// </summary>
public sealed class SeedDatasetReader(GraphModel model)
{
    public const string NodesFolder = "nodes";
    public const string RelationshipsFolder = "relationships";

    public SeedDatasetReader()
        : this(GraphModel.Default)
    {
    }

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public Task<SeedReadResult> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Seed folder '{Path.GetFullPath(directory)}' does not exist; pass a folder that holds nodes/ and relationships/.");
        }

        return new DatasetReadRun(model, directory).ReadAsync(cancellationToken);
    }
}
