using System.Diagnostics;
using System.Text.Json;

namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// Runs tests/cypher-lint/lint.mjs (Neo4j's parser and semantic analyser, schema from model.json)
/// over statements, in one node process for all of them: starting the analyser takes seconds.
/// </summary>
public static class CypherLinter
{
    public const string InstallCommand = "npm ci --prefix tests/cypher-lint";

    /// <summary>Lints in one node process per core: the analyser takes about half a second per statement.</summary>
    public static async Task<IReadOnlyList<LintReport>> LintAsync(IReadOnlyList<(string Name, CypherStatement Statement)> statements)
    {
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
        var chunks = statements.Select((statement, index) => (statement, index)).GroupBy(s => s.index % workers, s => s.statement);
        var reports = await Task.WhenAll(chunks.Select(chunk => LintInOneProcessAsync([.. chunk])));
        return [.. reports.SelectMany(r => r)];
    }

    private static async Task<IReadOnlyList<LintReport>> LintInOneProcessAsync(IReadOnlyList<(string Name, CypherStatement Statement)> statements)
    {
        var packageFolder = Path.Combine(RepositoryPaths.CypherLint, "node_modules", "@neo4j-cypher", "language-support");
        if (!Directory.Exists(packageFolder))
        {
            Assert.Fail($"The Cypher linter is not installed; run `{InstallCommand}` from the repository root (needs Node.js 20+ and npm).");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.CypherLint, "lint.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js 20+.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var (name, statement) in statements)
        {
            var line = JsonSerializer.Serialize(new { name, cypher = statement.Text, parameters = statement.Parameters.Keys });
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"The Cypher linter failed (exit {process.ExitCode}): {await errors}");
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<LintReport>(l, JsonOptions)!)];
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
