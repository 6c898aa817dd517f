using MineralGraph.GraphSchema;

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

    public GenerationSummary Generate(GeneratorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var run = new GenerationRun(model, options, cancellationToken);
        return run.Write();
    }
}
