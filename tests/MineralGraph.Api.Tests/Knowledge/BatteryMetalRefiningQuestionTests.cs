using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Where lithium, cobalt and nickel become battery chemicals, who owns those plants and what feeds them, each answer with its source.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class BatteryMetalRefiningQuestionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task KwinanaRefinery_TurnsGreenbushesSpodumeneIntoLithiumHydroxideForATianqiControlledVenture()
    {
        var facility = await _client.NodeAsync("facility:tianqi-kwinana", """
            ... on Facility { status locationPrecision
                              ownedBy { edges { sources { id } node { id ... on Company { subsidiaryOf { edges { stakePct sources { id } node { id } } }
                                                                                          suppliedBy { edges { product sources { id } node { id } } } } } } }
                              produces { edges { tonnesPerYear year sources { id } node { id } } }
                              processes { edges { capacityTpa sources { id } node { id } } } }
            """);

        Assert.Equal(Expect.Enum("operating"), facility.Text("status"));
        Assert.Equal(Expect.Enum("town"), facility.Text("locationPrecision"));
        var owner = facility.EdgeTo("ownedBy", "company:tianqi-lithium-energy-australia");
        Assert.Contains("source:thewest-igo-kwinana-2025", owner.SourceIds());
        var parent = owner["node"]!.EdgeTo("subsidiaryOf", "company:tianqi-lithium");
        Assert.Equal(51, parent.Number("stakePct"));
        var feed = owner["node"]!.EdgeTo("suppliedBy", "company:talison-lithium");
        Assert.Contains("Greenbushes", feed.Text("product"));
        Assert.Contains("source:amr-tianqi-kwinana-2016", feed.SourceIds());
        var output = Assert.Single(facility.Edges("produces"), e => e["year"]?.GetValue<int>() == 2024);
        Assert.Equal(3508, output.Number("tonnesPerYear"));
        Assert.Equal(["source:businessnews-kwinana-tools-down"], output.SourceIds());
        var capacity = facility.EdgeTo("processes", "element:li");
        Assert.Equal(24000, capacity.Number("capacityTpa"));
    }

    [Fact]
    public async Task HalmaheraPersadaLygend_IsOwnedByHaritaAndLygendAndMakesNickelSulfateAndMhp()
    {
        var facility = await _client.NodeAsync("facility:hpl-obi", """
            ... on Facility { locatedIn { edges { region node { id } } }
                              ownedBy { edges { stakePct sources { id } node { id } } }
                              produces { edges { node { id } } }
                              processes(first: 50) { edges { stage capacityTpa sources { id } node { id } } } }
            """);

        Assert.Equal("North Maluku (Obi Island, South Halmahera Regency)", facility.EdgeTo("locatedIn", "country:id").Text("region"));
        var stakes = facility.Edges("ownedBy").ToDictionary(e => e["node"]!["id"]!.GetValue<string>(), e => e.Number("stakePct"));
        Assert.Equal(45.1, stakes["company:trimegah-bangun-persada"]);
        Assert.Equal(36.9, stakes["company:lygend-resources"]);
        Assert.Equal(["source:tbp-cnbc-hpl-owners-2023"], facility.EdgeTo("ownedBy", "company:lygend-resources").SourceIds());
        Assert.Equal(["product:mixed-hydroxide-precipitate", "product:nickel-sulfate"], facility.EdgeIds("produces").Order());
        var sulfate = Assert.Single(facility.Edges("processes"), e => e.Text("stage").Contains("nickel sulfate"));
        Assert.Equal(54000, sulfate.Number("capacityTpa"));
        Assert.Equal(["source:ibp-hpl-nickel-sulphate-2023"], sulfate.SourceIds());
    }

    [Fact]
    public async Task CobaltSulfate_IsMadeAtHarjavaltaAndIsWhatElectrasOntarioRefineryIsBuiltFor()
    {
        var product = await _client.NodeAsync("product:cobalt-sulfate", """
            ... on Product { stage contains { edges { node { id } } }
                             producedBy(first: 50) { edges { sources { id } node { id ... on Facility { status } } } } }
            """);

        Assert.Equal(Expect.Enum("compound"), product.Text("stage"));
        Assert.Equal(["element:co"], product.EdgeIds("contains"));
        Assert.Contains("source:prnewswire-nornickel-harjavalta-2021", product.EdgeTo("producedBy", "facility:nornickel-harjavalta").SourceIds());
        var electra = product.EdgeTo("producedBy", "facility:electra-temiskaming");
        Assert.Equal(Expect.Enum("construction"), electra["node"]!.Text("status"));
        Assert.Contains("source:evengineering-electra", electra.SourceIds());
    }

    [Fact]
    public async Task GlencoreCobaltHydroxide_FeedsUmicoreWhoseKokkolaRefineryIsInFinland()
    {
        var umicore = await _client.NodeAsync("company:umicore", """
            ... on Company { headquarteredIn { edges { sources { id } node { id } } }
                             owns { edges { sources { id } node { id ... on Facility { locatedIn { edges { node { id } } } } } } }
                             suppliedBy { edges { product sources { id } node { id } } } }
            """);

        Assert.Equal(["source:pmreview-umicore-2020", "source:cen-umicore-kokkola-2019"], umicore.EdgeTo("headquarteredIn", "country:be").SourceIds());
        var kokkola = umicore.EdgeTo("owns", "facility:umicore-kokkola");
        Assert.Equal(["country:fi"], kokkola["node"]!.EdgeIds("locatedIn"));
        var feed = umicore.EdgeTo("suppliedBy", "company:glencore");
        Assert.Contains("Cobalt hydroxide", feed.Text("product"));
        Assert.Equal(["source:emj-umicore-glencore"], feed.SourceIds());
    }

    [Fact]
    public async Task SupplyExposure_OfCmoc_NowReachesTheHuayueHpalPlantAndItsMhp()
    {
        var response = await _client.QueryAsync("""{ supplyExposure(of: "company:cmoc") { sites { id } supplies { id } } }""");

        var exposure = response.DataWithoutErrors()["supplyExposure"]!;
        var sites = exposure["sites"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        var supplies = exposure["supplies"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "mine:tenke-fungurume", "facility:huayue-morowali" }, sites);
        Assert.Superset(new HashSet<string> { "element:ni", "element:co", "product:mixed-hydroxide-precipitate" }, supplies);
    }
}
