using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.GraphQL.Validation;
using MineralGraph.Bench.Hostile;

namespace MineralGraph.Bench.Validation;

/// <summary>
/// <c>dotnet run -c Release --project bench/Validation</c>: what validating a cached, already
/// validated document costs per request (no rule runs: only the variables' coercion and the
/// arguments), GraphQL.NET's <see cref="DocumentValidator"/> against <see cref="ValidatedDocumentValidator"/>,
/// for the peer benchmark's Q1–Q3 (../shared/peer-bench/project/queries) with their variables.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly Dictionary<string, (string Query, string Variables)> Queries = new()
    {
        ["Q1"] = ("query Q1($symbol: String!) { elements(where: { symbol: { eq: $symbol } }, first: 1) { nodes { symbol name atomicNumber } } }", """{"symbol": "Nd"}"""),
        ["Q2"] = ("query Q2($symbol: String!) { elements(where: { symbol: { eq: $symbol } }, first: 1) { nodes { symbol producedBy(labels: [Mine], orderBy: { field: NODE_ID }, first: 20) { nodes { ... on Mine { id name locatedIn(first: 1) { nodes { name } } operatedBy(orderBy: { field: NODE_ID }, first: 100) { nodes { name } } } } } } } }", """{"symbol": "Nd"}"""),
        ["Q3"] = ("query Q3($name: String!) { applications(where: { name: { eq: $name } }, first: 1) { nodes { name requires(labels: [Element], orderBy: { field: NODE_ID }, first: 100) { nodes { ... on Element { symbol producedBy(labels: [Mine], orderBy: { field: NODE_ID }, first: 10) { nodes { ... on Mine { id name locatedIn(first: 1) { nodes { name } } } } } } } } } } }", """{"name": "Wind turbine generator"}"""),
    };

    private HostileApi _api = null!;
    private ValidationOptions _options;
    private readonly DocumentValidator _graphQLNet = new();
    private readonly ValidatedDocumentValidator _planned = new(new DocumentValidator());

    [Params("Q1", "Q2", "Q3")]
    public string Query { get; set; } = "";

    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(ValidationBenchmarks).Assembly).Run(
            args.Length > 0 ? args : ["--filter", "*"],
            DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess")).WithOptions(ConfigOptions.DisableOptimizationsValidator));

    [GlobalSetup]
    public void Start()
    {
        _api = new HostileApi();
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var (query, variables) = Queries[Query];
        var document = GraphQLParser.Parser.Parse(query);
        _options = new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [],
            Variables = _api.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables)!,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        };
        if (!GraphQLNet().IsValid || !Planned().IsValid)
        {
            throw new InvalidOperationException($"{Query} does not validate: the benchmark would not measure the green path.");
        }
    }

    [Benchmark(Baseline = true)]
    public IValidationResult GraphQLNet() => _graphQLNet.ValidateAsync(_options).GetAwaiter().GetResult();

    [Benchmark]
    public IValidationResult Planned() => _planned.ValidateAsync(_options).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Stop() => _api.Dispose();
}
