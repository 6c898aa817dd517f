using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// How much of a material one unit of a platform needs (#14, material intensity): per-platform rare-earth
/// quantities for the F-35, the Arleigh Burke destroyer and the Virginia-class submarine with the disputes kept
/// as separate sourced figures, bounds kept as bounds, and NdFeB per megawatt of wind capacity.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class IntensityQuestionTests(SeededApiFactory api)
{
    private const string Requires = "... on Application { requires(first: 50) { edges { kgPerUnit perUnit role qualifier min max sources { id } node { id } } } }";
    private const string RareEarths = "product:rare-earth-elements";

    private readonly GraphQLClient _client = new(api.CreateClient());

    private static JsonNode Figure(JsonNode application, string material, string source) =>
        Assert.Single(application.Edges("requires"), e => e["node"]!["id"]!.GetValue<string>() == material && e.SourceIds().Contains(source));

    [Fact]
    public async Task F35_NeedsAbout417KgOfRareEarthMaterials_AsTheCongressionalResearchServiceGivesIt()
    {
        var f35 = await _client.NodeAsync("application:f-35", Requires);

        var crs = Figure(f35, RareEarths, "source:ihls-f35-ree-2021");
        Assert.Equal(417, crs.Number("kgPerUnit"));
        Assert.Contains("920 lb", crs.Text("role"));
    }

    [Fact]
    public async Task F35_SenatorCruzPutItAt408Kg()
    {
        var f35 = await _client.NodeAsync("application:f-35", Requires);

        Assert.Equal(408, Figure(f35, RareEarths, "source:ckhq-cruz-f35-2025").Number("kgPerUnit"));
    }

    [Fact]
    public async Task F35_BenchmarksMoreThan920PoundsIsStoredAsALowerBound_NotAsAFigure()
    {
        var f35 = await _client.NodeAsync("application:f-35", Requires);

        var benchmark = Figure(f35, RareEarths, "source:fp-benchmark-defense-ree");
        Assert.Null(benchmark["kgPerUnit"]);
        Assert.Equal(Expect.Enum("more than"), benchmark.Text("qualifier"));
        Assert.Equal(417.3, benchmark.Number("min"));
    }

    [Fact]
    public async Task F35_AdamasEstimatesOnly11To20KgOfElementalRareEarths()
    {
        var f35 = await _client.NodeAsync("application:f-35", Requires);

        var adamas = Figure(f35, RareEarths, "source:adamas-f35-ree-2026");
        Assert.Equal(Expect.Enum("range"), adamas.Text("qualifier"));
        Assert.Equal(11, adamas.Number("min"));
        Assert.Equal(20, adamas.Number("max"));
        Assert.Contains("unreleased 2012 DoD recycling study", adamas.Text("role"));
    }

    [Fact]
    public async Task F35_KeepsTheFourDisputedFiguresApart()
    {
        var f35 = await _client.NodeAsync("application:f-35", Requires);

        var figures = f35.Edges("requires").Where(e => e["node"]!["id"]!.GetValue<string>() == RareEarths).ToList();
        Assert.Equal(4, figures.Count);
        Assert.Equal(4, figures.SelectMany(f => f.SourceIds()).Distinct().Count());
    }

    [Fact]
    public async Task ArleighBurkeDestroyer_Needs5200PoundsOrMoreThan5700()
    {
        var destroyer = await _client.NodeAsync("application:arleigh-burke-destroyer", Requires);

        Assert.Equal(2358.7, Figure(destroyer, RareEarths, "source:asiatimes-ree-quandary").Number("kgPerUnit"));
        var bound = Figure(destroyer, RareEarths, "source:fp-benchmark-defense-ree");
        Assert.Equal(Expect.Enum("more than"), bound.Text("qualifier"));
        Assert.Equal(2585.5, bound.Number("min"));
    }

    [Fact]
    public async Task VirginiaClassSubmarine_Needs9200PoundsOrMoreThan10000()
    {
        var submarine = await _client.NodeAsync("application:virginia-class-submarine", Requires);

        Assert.Equal(4173, Figure(submarine, RareEarths, "source:asiatimes-ree-quandary").Number("kgPerUnit"));
        var bound = Figure(submarine, RareEarths, "source:fp-benchmark-defense-ree");
        Assert.Equal(Expect.Enum("more than"), bound.Text("qualifier"));
        Assert.Equal(4535.9, bound.Number("min"));
        Assert.Null(bound["kgPerUnit"]);
    }

    [Fact]
    public async Task WindTurbinePermanentMagnetGenerators_Need625To850KgOfNdFeBPerMegawatt()
    {
        var generator = await _client.NodeAsync("application:wind-turbine-pm-generator", Requires);

        var perMegawatt = generator.Edges("requires").Where(e => e["perUnit"]?.GetValue<string>() == "MW of capacity").ToList();
        var range = Assert.Single(perMegawatt, e => e["qualifier"]!.GetValue<string>() == Expect.Enum("range"));
        Assert.Equal(625, range.Number("min"));
        Assert.Equal(850, range.Number("max"));
        Assert.Equal(["source:heim-vanderwal-ndfeb-2023"], range.SourceIds());
        var average = Assert.Single(perMegawatt, e => e["qualifier"]!.GetValue<string>() == Expect.Enum("about"));
        Assert.Equal(500, average.Number("kgPerUnit"));
    }

    [Fact]
    public async Task LargeDirectDriveTurbine_Has650KgOfNdFeBInItsGenerator()
    {
        var generator = await _client.NodeAsync("application:wind-turbine-pm-generator", Requires);

        var turbine = Assert.Single(generator.Edges("requires"), e => e["perUnit"]?.GetValue<string>() == "large-scale direct-drive turbine");
        Assert.Equal(650, turbine.Number("kgPerUnit"));
        Assert.Equal("product:sintered-ndfeb-magnet", turbine["node"]!["id"]!.GetValue<string>());
        Assert.Contains("source:heim-vanderwal-ndfeb-2023", turbine.SourceIds());
    }

    [Fact]
    public async Task RareEarthElements_AreRequiredByTheThreeDefencePlatformsWithTheirQuantities()
    {
        var product = await _client.NodeAsync(RareEarths, "... on Product { requiredBy(first: 50) { edges { kgPerUnit min sources { id } node { id } } } }");

        var platforms = product.Edges("requiredBy").Where(e => e["kgPerUnit"] is not null).Select(e => e["node"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "application:arleigh-burke-destroyer", "application:f-35", "application:virginia-class-submarine" }, platforms);
        Assert.All(product.Edges("requiredBy"), e => Assert.NotEmpty(e.SourceIds()));
    }
}
