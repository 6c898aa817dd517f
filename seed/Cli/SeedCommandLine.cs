using System.Diagnostics;
using System.Globalization;
using MineralGraph.Seed.Curation;
using MineralGraph.Seed.Generation;
using MineralGraph.Seed.Loading;
using MineralGraph.Seed.Validation;
using MineralGraph.Store;

namespace MineralGraph.Seed.Cli;

/// <summary>
/// The <c>seed</c> commands: validate, load and generate. The store is opened through
/// <paramref name="openStore"/> (given the <c>--database</c> value, or null for the default),
/// so which adapter backs <c>load</c> is decided by the composition in Program.cs.
/// </summary>
public sealed class SeedCommandLine(TextWriter output, TextWriter error, Func<string?, IGraphStore> openStore)
{
    public const string Usage = """
        usage:
          seed build DIR [--check]                          write DIR's CSVs from DIR/curated/**/*.yaml; --check only
                                                            says which are stale (exit 1)
          seed validate DIR                                 check a seed folder; exit 0 when clean
          seed load DIR [--database PATH]                   check as validate does, then load into the SQLite store
                        [--skip-integrity-checks]           load data that passes the model's checks but not the
                                                            knowledge graph's integrity rules (synthetic graphs)
          seed generate --mines N --out DIR [--seed S]      write a synthetic graph in the seed format
        exit codes: 0 ok, 1 data problems (listed) or stale CSVs, 2 usage, 3 store failed
        """;

    private const string CheckOption = "--check";
    private const string DatabaseOption = "--database";
    private const string SkipIntegrityChecksFlag = "--skip-integrity-checks";
    private const string MinesOption = "--mines";
    private const string OutOption = "--out";
    private const string SeedOption = "--seed";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        try
        {
            return args.Count == 0
                ? UsageError("a command is needed")
                : args[0] switch
                {
                    "build" => await BuildAsync(args, cancellationToken).ConfigureAwait(false),
                    "validate" => await ValidateAsync(args, cancellationToken).ConfigureAwait(false),
                    "load" => await LoadAsync(args, cancellationToken).ConfigureAwait(false),
                    "generate" => Generate(args, cancellationToken),
                    "help" or "--help" or "-h" => Help(),
                    _ => UsageError($"unknown command '{args[0]}'"),
                };
        }
        catch (DirectoryNotFoundException missing)
        {
            return UsageError(missing.Message);
        }
        catch (GraphStoreException failed)
        {
            error.WriteLine($"seed: the store failed ({failed.Kind}): {failed.Message}");
            return SeedExitCodes.StoreFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("seed: cancelled");
            return SeedExitCodes.Cancelled;
        }
    }

    private async Task<int> BuildAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!TryParseFolderCommand(args, [], out var parsed, out var usage, flags: [CheckOption]))
        {
            return usage;
        }

        var directory = parsed.Positionals[0];
        var check = parsed.Has(CheckOption);
        var clock = Stopwatch.StartNew();
        var built = await new CuratedBuild().RunAsync(directory, write: !check, cancellationToken).ConfigureAwait(false);
        if (!built.IsClean)
        {
            return ReportProblems(directory, built.Problems, "; no CSV was written");
        }

        foreach (var warning in built.Warnings)
        {
            output.WriteLine($"  warning: {warning}");
        }

        if (check && built.ChangedFiles.Count > 0)
        {
            error.WriteLine($"{directory} has {built.ChangedFiles.Count} CSV file(s) that the curated files no longer make; run 'seed build {directory}' and commit them:");
            foreach (var file in built.ChangedFiles)
            {
                error.WriteLine($"  {file}");
            }

            return SeedExitCodes.DataProblems;
        }

        var verb = check ? "are up to date" : built.ChangedFiles.Count == 0 ? "were up to date" : $"written ({built.ChangedFiles.Count} file(s) changed)";
        output.WriteLine($"{directory}: {built.Nodes} curated nodes and {built.Relationships} relationships; the CSVs {verb} ({Seconds(clock)})");
        foreach (var file in check ? [] : built.ChangedFiles)
        {
            output.WriteLine($"  {file}");
        }

        return SeedExitCodes.Ok;
    }

    private async Task<int> ValidateAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!TryParseFolderCommand(args, [], out var parsed, out var usage))
        {
            return usage;
        }

        var directory = parsed.Positionals[0];
        var clock = Stopwatch.StartNew();
        var read = await new SeedDatasetReader().ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        if (!read.IsValid)
        {
            return ReportProblems(directory, read.Problems, "");
        }

        var integrity = DatasetIntegrityCheck.Check(read.Dataset);
        if (!integrity.IsClean)
        {
            return ReportProblems(directory, integrity.Problems, "");
        }

        foreach (var warning in integrity.Warnings)
        {
            output.WriteLine($"  warning: {warning}");
        }

        output.WriteLine($"{directory} is valid: {Total(read.NodesByLabel)} nodes, {Total(read.RelationshipsByType)} relationships ({Seconds(clock)})");
        WriteCounts(read.NodesByLabel, read.RelationshipsByType);
        return SeedExitCodes.Ok;
    }

    private async Task<int> LoadAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!TryParseFolderCommand(args, [DatabaseOption], out var parsed, out var usage, [SkipIntegrityChecksFlag]))
        {
            return usage;
        }

        var directory = parsed.Positionals[0];
        var clock = Stopwatch.StartNew();
        var store = openStore(parsed.Option(DatabaseOption));
        var checks = parsed.Has(SkipIntegrityChecksFlag) ? SeedChecks.ModelOnly : SeedChecks.Full;
        try
        {
            var loaded = await SeedLoader.LoadAsync(store, directory, checks, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Loaded {directory}: {loaded.Imported.Nodes} nodes, {loaded.Imported.Relationships} relationships ({Seconds(clock)})");
            output.WriteLine($"  reading {loaded.Reading.TotalSeconds:0.00} s, checking {loaded.Checking.TotalSeconds:0.00} s, writing {loaded.Writing.TotalSeconds:0.00} s");
            WriteCounts(loaded.NodesByLabel, loaded.RelationshipsByType);
            return SeedExitCodes.Ok;
        }
        catch (SeedValidationException invalid)
        {
            var advice = invalid.IntegrityRulesOnly
                ? $"; nothing was loaded (data that breaks only the integrity rules, such as a synthetic benchmark graph, loads with {SkipIntegrityChecksFlag})"
                : "; nothing was loaded";
            return ReportProblems(directory, invalid.Problems, advice);
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private int Generate(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!CommandArguments.TryParse(args, [MinesOption, OutOption, SeedOption], out var parsed, out var problem))
        {
            return UsageError(problem!);
        }

        if (parsed.Positionals.Count > 0)
        {
            return UsageError($"unexpected argument '{parsed.Positionals[0]}'");
        }

        if (!int.TryParse(parsed.Option(MinesOption), NumberStyles.None, CultureInfo.InvariantCulture, out var mines) || mines is < 1 or > GeneratorOptions.MaxMines)
        {
            return UsageError($"{MinesOption} needs a whole number from 1 to {GeneratorOptions.MaxMines}");
        }

        var outputDirectory = parsed.Option(OutOption);
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            return UsageError($"{OutOption} needs the folder to write to");
        }

        var seed = 1UL;
        if (parsed.Option(SeedOption) is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            return UsageError($"{SeedOption} needs a non-negative whole number");
        }

        var clock = Stopwatch.StartNew();
        GenerationSummary summary;
        try
        {
            summary = new SyntheticGraphGenerator().Generate(new GeneratorOptions(mines, outputDirectory, seed), cancellationToken);
        }
        catch (ArgumentException refused)
        {
            return UsageError(refused.Message);
        }

        output.WriteLine(
            $"Wrote {Total(summary.NodesByLabel)} nodes and {Total(summary.RelationshipsByType)} relationships " +
            $"for {mines} mines (seed {seed}) to {summary.OutputDirectory} ({Seconds(clock)})");
        WriteCounts(summary.NodesByLabel, summary.RelationshipsByType);
        return SeedExitCodes.Ok;
    }

    private bool TryParseFolderCommand(IReadOnlyList<string> args, string[] options, out CommandArguments parsed, out int exitCode, string[]? flags = null)
    {
        exitCode = SeedExitCodes.Ok;
        if (!CommandArguments.TryParse(args, options, flags ?? [], out parsed, out var problem))
        {
            exitCode = UsageError(problem!);
            return false;
        }

        if (parsed.Positionals.Count != 1)
        {
            exitCode = UsageError($"'{args[0]}' needs exactly one folder");
            return false;
        }

        return true;
    }

    private int ReportProblems(string directory, IReadOnlyList<SeedProblem> problems, string consequence)
    {
        error.WriteLine($"{directory} has {problems.Count} problem(s){consequence}:");
        foreach (var problem in problems)
        {
            error.Write("  ");
            error.WriteLine(problem);
        }

        return SeedExitCodes.DataProblems;
    }

    private void WriteCounts<T>(IReadOnlyDictionary<string, T> nodes, IReadOnlyDictionary<string, T> relationships)
        where T : struct, IConvertible
    {
        output.WriteLine("  nodes:");
        WriteCountLines(nodes);
        output.WriteLine("  relationships:");
        WriteCountLines(relationships);
    }

    private void WriteCountLines<T>(IReadOnlyDictionary<string, T> counts)
        where T : struct, IConvertible
    {
        foreach (var name in counts.Keys.Order(StringComparer.Ordinal))
        {
            output.WriteLine($"    {name,-18} {counts[name].ToInt64(CultureInfo.InvariantCulture),10:N0}");
        }
    }

    private static long Total<T>(IReadOnlyDictionary<string, T> counts)
        where T : struct, IConvertible
    {
        var total = 0L;
        foreach (var count in counts.Values)
        {
            total += count.ToInt64(CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static string Seconds(Stopwatch clock) => $"{clock.Elapsed.TotalSeconds:0.00} s";

    private int Help()
    {
        output.WriteLine(Usage);
        return SeedExitCodes.Ok;
    }

    private int UsageError(string message)
    {
        error.WriteLine($"seed: {message}");
        error.WriteLine(Usage);
        return SeedExitCodes.Usage;
    }
}
