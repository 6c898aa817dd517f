using System.Text.RegularExpressions;

namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// Answers the statements of WriteAsync, GetRevisionAsync and ReadChangesAsync (an empty log) as a server would on which every
/// node and relationship exists except those whose id or key contains "missing", a key that
/// contains "taken" is already used, a node whose id contains "linked" has a relationship, and a
/// Source whose id contains "cited" is cited. Anything else (the change log's entry included) is
/// answered as an import that merged every row. Enough for every statement of a write to be sent and for each refusal to be taken.
/// </summary>
public static partial class ScriptedWrites
{
    public const long RevisionBefore = 41;
    public const long RevisionAfter = 42;

    public static CypherResult Respond(CypherStatement statement)
    {
        var text = statement.Text;
        string? Parameter(string name) => statement.Parameters.GetValueOrDefault(name) as string;
        var id = Parameter("id") ?? "";
        var key = Parameter("key") ?? "";

        return text switch
        {
            _ when text.Contains("SET g.revision", StringComparison.Ordinal) => One("revision", RevisionAfter),
            _ when text.Contains("AS changeSets", StringComparison.Ordinal) => new CypherResult(["revision", "changeSets"], [[RevisionBefore, new List<object?>()]]),
            _ when text.Contains("RETURN g.revision", StringComparison.Ordinal) => One("revision", RevisionBefore),
            _ when text.EndsWith("RETURN n", StringComparison.Ordinal) && !text.StartsWith("UNWIND", StringComparison.Ordinal) =>
                id.Contains("missing") || (text.Contains("taken = 0", StringComparison.Ordinal) && id.Contains("taken")) ? None : One("n", Node(id)),
            _ when text.EndsWith("RETURN n", StringComparison.Ordinal) =>
                new CypherResult(["n"], [.. ((IEnumerable<string>)statement.Parameters["ids"]!).Where(i => !i.Contains("missing")).Select(i => new object?[] { Node(i) })]),
            _ when text.Contains("AS labels", StringComparison.Ordinal) => id.Contains("missing")
                ? None
                : new CypherResult(["labels", "relationships"], [[new List<object?> { "Source" }, id.Contains("linked") ? new List<object?> { Identity("x|OPERATES|" + id, "company:x", id) } : new List<object?>()]]),
            _ when text.Contains("AS citer", StringComparison.Ordinal) => id.Contains("cited") ? new CypherResult(["kind", "citer"], [["relationship", "x|PRODUCES_SHARE|y"]]) : None,
            _ when text.Contains("AS relationship", StringComparison.Ordinal) =>
                key.Contains("taken") || key.Contains("missing") || (Parameter("start") ?? "").Contains("missing") || (Parameter("end") ?? "").Contains("missing")
                    ? None
                    : One("relationship", Relationship(statement, key)),
            _ when text.Contains("AS taken", StringComparison.Ordinal) => One("taken", key.Contains("taken") ? 1L : 0L),
            _ when text.Contains("AS deleted", StringComparison.Ordinal) => key.Contains("missing") ? None : One("deleted", Identity(key, "company:a", "facility:b")),
            _ => RecordingExecutor.MergeEverything(statement),
        };
    }

    private static CypherResult None => CypherResult.Empty;

    private static CypherResult One(string field, object? value) => new([field], [[value]]);

    private static Dictionary<string, object?> Identity(string key, string start, string end) =>
        new() { ["key"] = key, ["type"] = "OPERATES", ["start"] = start, ["end"] = end };

    private static CypherNode Node(string id) => new(["Company"], new Dictionary<string, object?> { ["id"] = id, ["name"] = "Name of " + id });

    private static Dictionary<string, object?> Relationship(CypherStatement statement, string key)
    {
        var properties = new Dictionary<string, object?>(statement.Parameters.GetValueOrDefault("properties") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());
        foreach (var (name, value) in statement.Parameters.GetValueOrDefault("changes") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
        {
            properties[name] = value;
        }

        return new Dictionary<string, object?>
        {
            ["key"] = key,
            ["type"] = CreatedType().Match(statement.Text) is { Success: true } created ? created.Groups[1].Value : "OPERATES",
            ["start"] = statement.Parameters.GetValueOrDefault("start") ?? "company:a",
            ["end"] = statement.Parameters.GetValueOrDefault("end") ?? "mine:b",
            ["properties"] = properties.Where(p => p.Value is not null).ToDictionary(),
        };
    }

    [GeneratedRegex(@"CREATE \(source\)-\[r:`(\w+)`\]")]
    private static partial Regex CreatedType();
}
