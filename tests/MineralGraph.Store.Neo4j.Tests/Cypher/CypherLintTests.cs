using System.Text;

namespace MineralGraph.Store.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement the adapter emits for a representative set of port calls, checked by Neo4j's
/// own parser and semantic analyser (Cypher 5, the graph model as schema): 0 errors, 0 warnings.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task EveryEmittedStatement_PassesTheCypherLinter_WithoutErrorsOrWarnings()
    {
        var statements = await CaptureAsync();

        var reports = await CypherLinter.LintAsync([.. statements.Select(s => (s.Name, s.Statement))]);

        Assert.Equal(statements.Count, reports.Count);
        var problems = new StringBuilder();
        foreach (var report in reports.Where(r => r.Diagnostics.Count > 0))
        {
            var statement = statements.First(s => s.Name == report.Name).Statement.Text;
            problems.Append(report.Name).Append(":\n  ").AppendJoin("\n  ", report.Diagnostics).Append('\n').Append(statement).Append("\n\n");
        }

        Assert.True(problems.Length == 0, $"{reports.Sum(r => r.Diagnostics.Count)} diagnostics in {statements.Count} statements:\n{problems}");
    }

    [Fact]
    public async Task RepresentativeCalls_EmitOneStatementPerCall_ExceptSchemaImportAndWrites()
    {
        var statements = await CaptureAsync();

        var perCall = statements.GroupBy(s => s.Call).ToDictionary(g => g.Key, g => g.Count());
        var oneStatement = perCall.Where(c => c.Key is not ("EnsureSchema" or "Import") && !c.Key.StartsWith("Write", StringComparison.Ordinal) && !c.Key.EndsWith(".cypher", StringComparison.Ordinal));
        Assert.All(oneStatement, c => Assert.Equal(1, c.Value));
        Assert.True(perCall["EnsureSchema"] > GraphModel.Default.Labels.Count, "EnsureSchema applies a constraint per label and more.");
        Assert.Equal(1 + 3 + 2 + 1, perCall["Import"]);
        Assert.Equal(1 + 1 + 1 + 3 + 1 + 1 + 1 + 1, perCall["Write every change"]);
    }

    /// <summary>Runs every representative call against a recording executor, naming each statement after its call; adds the scripts in graph-schema/neo4j.</summary>
    private static async Task<List<(string Call, string Name, CypherStatement Statement)>> CaptureAsync()
    {
        var statements = new List<(string, string, CypherStatement)>();
        foreach (var (name, call) in PortCalls.All())
        {
            var executor = new RecordingExecutor(ScriptedWrites.Respond);
            await call(new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions { ImportBatchSize = 2 }));
            for (var i = 0; i < executor.Statements.Count; i++)
            {
                statements.Add((name, $"{name} #{i + 1}", executor.Statements[i].Statement));
            }
        }

        foreach (var script in Directory.EnumerateFiles(Path.GetDirectoryName(RepositoryPaths.Neo4jSchemaScript)!, "*.cypher").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(script);
            var texts = ScriptStatements(File.ReadAllText(script));
            statements.AddRange(texts.Select((text, i) => (name, $"{name} #{i + 1}", new CypherStatement(text, new Dictionary<string, object?>()))));
        }

        return statements;
    }

    /// <summary>The statements of a script: comment lines dropped, split at the semicolons that end lines.</summary>
    private static IEnumerable<string> ScriptStatements(string script)
    {
        var code = string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return code.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0);
    }
}
