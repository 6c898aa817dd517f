using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL.Validation;

/// <summary>
/// Documents that pass GraphQL.NET's validation against the real schema: every GraphQL document the
/// repository holds (the explorer's, GraphiQL's examples), every constant GraphQL string of this
/// test project's sources, and edge cases written for the variables and arguments. Each comes with
/// variable sets: one plausible value for each variable, and for each variable in turn none, null, a
/// value of the wrong kind, a list or object where a scalar is expected and the reverse, an input
/// object with a field the type lacks or without its required fields.
/// </summary>
public sealed partial class ValidationCorpus(ISchema schema)
{
    /// <summary>Written for what the variable coercion and argument parsing decide.</summary>
    public static readonly IReadOnlyList<string> EdgeCases =
    [
        // The peer benchmark's queries (../shared/peer-bench): the ones measured.
        "query Q1($symbol: String!) { elements(where: { symbol: { eq: $symbol } }, first: 1) { nodes { symbol name atomicNumber } } }",
        "query Q3($name: String!) { applications(where: { name: { eq: $name } }, first: 1) { nodes { name requires(labels: [Element], orderBy: { field: NODE_ID }, first: 100) { nodes { ... on Element { symbol producedBy(labels: [Mine], orderBy: { field: NODE_ID }, first: 10) { nodes { ... on Mine { id name locatedIn(first: 1) { nodes { name } } } } } } } } } } }",
        // A nullable variable where a non-null value is required, allowed by its default.
        "query($id: ID = \"element:nd\") { node(id: $id) { id } }",
        "query($show: Boolean = true) { elements(first: 2) { nodes { symbol @include(if: $show) name @skip(if: $show) } } }",
        // Defaults on variables, on arguments left out, variables left undefined by the request.
        "query($n: Int = 3, $after: String) { elements(first: $n, after: $after) { nodes { symbol } pageInfo { endCursor } } }",
        "query($n: Int) { elements(first: $n) { totalCount } }",
        // Input objects and lists with variables inside, at several depths.
        "query($s: String, $min: Int!) { elements(where: { symbol: { in: [$s, \"Dy\"] }, atomicNumber: { gte: $min } }) { nodes { symbol } } }",
        "query($symbols: [String!]) { elements(where: { symbol: { in: $symbols } }, first: 5) { nodes { symbol } } }",
        "query($where: ElementWhere, $order: ElementOrder) { elements(where: $where, orderBy: $order, first: 3) { nodes { symbol } } }",
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        "query($where: ElementWhere = { symbol: { in: [\"Nd\", \"Dy\"] } }, $n: Int! = 2) { elements(where: $where, first: $n) { nodes { symbol } } }",
        // Fragments, inline fragments and directives on each of them.
        "query($id: ID!, $deep: Boolean!) { node(id: $id) { ...Named @include(if: $deep) ... on Element @skip(if: $deep) { symbol } } } fragment Named on Element { name producedBy(first: 2) @include(if: $deep) { totalCount } }",
        "query($id: ID!) { a: node(id: $id) { ...Named } b: node(id: \"element:dy\") { ...Named } } fragment Named on Element { name }",
        // Several operations: only the selected one is parsed.
        "query A($s: String!) { elements(where: { symbol: { eq: $s } }) { totalCount } } query B { elements(first: 1) { totalCount } }",
        // Literals only: nothing depends on the request.
        "{ elements(first: 2, orderBy: { field: ATOMIC_NUMBER, direction: DESC }) { nodes { symbol } } __typename }",
        "{ __type(name: \"Element\") { name fields(includeDeprecated: true) { name } } }",
    ];

    private readonly ISchema _schema = schema;

    /// <summary>The repository's documents and the test sources' constant strings that GraphQL.NET accepts, and <see cref="EdgeCases"/>.</summary>
    public async Task<IReadOnlyList<GraphQLDocument>> DocumentsAsync()
    {
        var documents = new List<GraphQLDocument>();
        foreach (var text in EdgeCases)
        {
            // Written to be valid: one that is not would silently test nothing.
            documents.Add(await ParseValidAsync(text) ?? throw new InvalidOperationException($"GraphQL.NET refuses the edge case {text}"));
        }

        var texts = new List<string>();
        var fragments = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api/MineralGraph.Api/Explorer/documents/fragments.graphql"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "api"), "*.graphql", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            texts.Add(text + "\n" + fragments);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests/MineralGraph.Api.Tests"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            texts.AddRange(RawStrings().Matches(source).Select(match => match.Groups["text"].Value));
            texts.AddRange(QuotedStrings().Matches(source).Select(match => Regex.Unescape(match.Groups["text"].Value)));
        }

        foreach (var text in texts.Distinct().Except(EdgeCases))
        {
            if (await ParseValidAsync(text) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>Variable sets (JSON) for an operation: all present and plausible, then each variable left out, null, and wrong in each way its type allows.</summary>
    public IReadOnlyList<string> VariableSets(GraphQLOperationDefinition operation)
    {
        var definitions = operation.Variables?.Items ?? [];
        var plausible = definitions.ToDictionary(d => d.Variable.Name.StringValue, d => Plausible(d.Type, depth: 0));
        var sets = new List<Dictionary<string, string>> { new(), plausible };
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.StringValue;
            sets.Add(plausible.Where(p => p.Key != name).ToDictionary());
            foreach (var wrong in Wrong(definition.Type).Append("null"))
            {
                sets.Add(new Dictionary<string, string>(plausible) { [name] = wrong });
            }
        }

        return [.. sets.Select(set => "{" + string.Join(",", set.Select(p => $"\"{p.Key}\":{p.Value}")) + "}").Distinct()];
    }

    private async Task<GraphQLDocument?> ParseValidAsync(string text)
    {
        if (!text.Contains('{') || text.Contains("subscription", StringComparison.Ordinal))
        {
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(text);
        }
        catch (Exception)
        {
            // Most strings of the sources are not GraphQL, and the parser's error for some cannot even be composed.
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        if (operation is null)
        {
            return null;
        }

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = _schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = global::GraphQL.Inputs.Empty,
            Extensions = global::GraphQL.Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
        });
        // Rejected for a variable's value (none is given here) is still a valid document.
        return result.IsValid || result.Errors.All(e => e is InvalidVariableError) ? document : null;
    }

    private string Plausible(GraphQLType type, int depth) => type switch
    {
        GraphQLNonNullType nonNull => Plausible(nonNull.Type, depth),
        GraphQLListType list => $"[{Plausible(list.Type, depth)}]",
        GraphQLNamedType named => _schema.AllTypes[named.Name.Value] switch
        {
            EnumerationGraphType enumeration => $"\"{enumeration.Values.First().Name}\"",
            IInputObjectGraphType input when depth < 3 => "{" + string.Join(",", input.Fields
                .Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null)
                .Select(f => $"\"{f.Name}\":{PlausibleFor(f.ResolvedType!, depth + 1)}")) + "}",
            IInputObjectGraphType => "{}",
            var scalar => PlausibleScalar(scalar?.Name),
        },
        _ => "null",
    };

    private string PlausibleFor(IGraphType type, int depth) => type switch
    {
        NonNullGraphType nonNull => PlausibleFor(nonNull.ResolvedType!, depth),
        ListGraphType list => $"[{PlausibleFor(list.ResolvedType!, depth)}]",
        _ => Plausible(new GraphQLNamedType(new GraphQLName(type.Name)), depth),
    };

    private static string PlausibleScalar(string? name) => name switch
    {
        "Int" => "3",
        "Float" => "1.5",
        "Boolean" => "true",
        "ID" => "\"element:nd\"",
        "Date" => "\"2025-01-01\"",
        "DateTime" => "\"2025-01-01T00:00:00Z\"",
        _ => "\"Nd\"",
    };

    private IEnumerable<string> Wrong(GraphQLType type)
    {
        var inner = type is GraphQLNonNullType nonNull ? nonNull.Type : type;
        if (inner is GraphQLListType list)
        {
            var item = Plausible(list.Type, 0);
            return [item, $"[{item},null]", "[[1]]", "{\"a\":1}", "[]"];
        }

        var named = (GraphQLNamedType)inner;
        return _schema.AllTypes[named.Name.Value] switch
        {
            IInputObjectGraphType => ["\"text\"", "{\"noSuchField\":1}", "{}", "[{}]", "{\"eq\":{\"x\":1}}"],
            EnumerationGraphType => ["\"NO_SUCH_VALUE\"", "1", "[\"x\"]"],
            _ => ["\"text\"", "12345678901234567890", "1.5", "true", "{\"a\":1}", "[1,2]", "\"2025-13-45\""],
        };
    }

    [GeneratedRegex("(?<!\\$)\"\"\"(?<text>.*?)\"\"\"", RegexOptions.Singleline)]
    private static partial Regex RawStrings();

    [GeneratedRegex("(?<![$@\"])\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*\\{(?:[^\"\\\\\\n]|\\\\.)*)\"(?!\")")]
    private static partial Regex QuotedStrings();
}
