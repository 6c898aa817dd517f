namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>The linter's verdict on one statement.</summary>
public sealed record LintReport(string Name, IReadOnlyList<LintDiagnostic> Diagnostics);

public sealed record LintDiagnostic(string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Severity} at {Line}:{Column}: {Message}";
}
