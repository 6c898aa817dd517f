using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Where gallium and germanium are recovered and refined and where graphite becomes anode material, each answer with its source.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GalliumGermaniumGraphiteProcessingQuestionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task JscGermanium_RefinesTwentyTonnesAYearInKrasnoyarskUnderShvabeAndRostec()
    {
        var facility = await _client.NodeAsync("facility:jsc-germanium-krasnoyarsk", """
            ... on Facility { status capacityTpa locationPrecision
                              operatedBy { edges { node { id ... on Company { subsidiaryOf { edges { sources { id } node { id } } } } } } }
                              locatedIn { edges { region node { id } } }
                              processes { edges { capacityTpa sources { id } node { id } } }
                              produces { edges { node { id } } } }
            """);

        Assert.Equal(Expect.Enum("operating"), facility.Text("status"));
        Assert.Equal(20, facility.Number("capacityTpa"));
        Assert.Equal(Expect.Enum("town"), facility.Text("locationPrecision"));
        Assert.Equal("Krasnoyarsk Krai (Krasnoyarsk)", facility.EdgeTo("locatedIn", "country:ru").Text("region"));
        var germanium = facility.EdgeTo("processes", "element:ge");
        Assert.Equal(20, germanium.Number("capacityTpa"));
        Assert.Equal(["source:krasnoyarsknews-germanium-2023"], germanium.SourceIds());
        var company = facility.EdgeTo("operatedBy", "company:jsc-germanium")["node"]!;
        Assert.Equal(["source:dixinews-germanium-gecl4"], company.EdgeTo("subsidiaryOf", "company:shvabe").SourceIds());
        Assert.Contains("product:germanium-tetrachloride", facility.EdgeIds("produces"));
    }

    [Fact]
    public async Task GalliumRecoveryFromAlumina_IsPlannedInQuebecAndGreeceEachWithItsOwnCapacity()
    {
        var gallium = await _client.NodeAsync("element:ga", "... on Element { processedBy(first: 50) { edges { capacityTpa sources { id } node { id ... on Facility { status } } } } }");

        var rio = gallium.EdgeTo("processedBy", "facility:rio-tinto-saguenay-gallium");
        Assert.Equal(3.5, rio.Number("capacityTpa"));
        Assert.Contains("source:businesswire-rio-gallium-2025", rio.SourceIds());
        Assert.Equal(Expect.Enum("planned"), rio["node"]!.Text("status"));
        var metlen = gallium.EdgeTo("processedBy", "facility:metlen-agios-nikolaos");
        Assert.Equal(50, metlen.Number("capacityTpa"));
        Assert.Contains("source:naftemporiki-metlen-gallium-2025", metlen.SourceIds());
        Assert.Equal(Expect.Enum("construction"), metlen["node"]!.Text("status"));
        Assert.Contains("facility:dowa-kosaka", gallium.EdgeIds("processedBy"));
    }

    [Fact]
    public async Task NaturalGraphiteAnodeMaterial_IsMadeAtSejongAndVidaliaEachWithItsSource()
    {
        var product = await _client.NodeAsync("product:natural-graphite-anode-material", """
            ... on Product { stage producedBy(first: 50) { edges { sources { id } node { id } } }
                             contains { edges { node { id } } } }
            """);

        Assert.Equal(Expect.Enum("component"), product.Text("stage"));
        Assert.Equal(["element:c"], product.EdgeIds("contains"));
        Assert.Contains("source:poscoenc-sejong-anode-1", product.EdgeTo("producedBy", "facility:posco-future-m-sejong").SourceIds());
        Assert.Contains("source:sp-syrah-vidalia-2024", product.EdgeTo("producedBy", "facility:syrah-vidalia").SourceIds());
        Assert.DoesNotContain("facility:talga-lulea", product.EdgeIds("producedBy"));
    }

    [Fact]
    public async Task BtrIndonesianAnodePlant_IsSeventyPercentBtrAndThirtyPercentATsingshanUnit()
    {
        var facility = await _client.NodeAsync("facility:btr-indonesia", """
            ... on Facility { capacityTpa
                              ownedBy { edges { stakePct sources { id } node { id ... on Company { subsidiaryOf { edges { node { id } } } } } } } }
            """);

        Assert.Equal(80000, facility.Number("capacityTpa"));
        var btr = facility.EdgeTo("ownedBy", "company:btr-new-material");
        Assert.Equal(70, btr.Number("stakePct"));
        Assert.Equal(["source:projectblue-btr-indonesia-2024"], btr.SourceIds());
        var stellar = facility.EdgeTo("ownedBy", "company:stellar-investment");
        Assert.Equal(30, stellar.Number("stakePct"));
        Assert.Equal(["company:tsingshan-holding-group"], stellar["node"]!.EdgeIds("subsidiaryOf"));
    }

    [Fact]
    public async Task GalliumGermaniumExportControl_ReachesTheRefineriesAndTheirOperators()
    {
        var response = await _client.QueryAsync("""{ regulationExposure(regulation: "regulation:cn-mofcom-2023-23") { sites { id } companies { id } } }""");

        var exposure = response.DataWithoutErrors()["regulationExposure"]!;
        var sites = exposure["sites"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        var companies = exposure["companies"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "facility:teck-trail", "facility:jsc-germanium-krasnoyarsk", "facility:yunnan-germanium-lincang", "facility:metlen-agios-nikolaos" }, sites);
        Assert.Superset(new HashSet<string> { "company:teck-resources", "company:umicore", "company:metlen" }, companies);
    }

    [Fact]
    public async Task SupplyExposure_OfTeck_ReachesTrailAndItsGermaniumProducts()
    {
        var response = await _client.QueryAsync("""{ supplyExposure(of: "company:teck-resources") { sites { id } supplies { id } } }""");

        var exposure = response.DataWithoutErrors()["supplyExposure"]!;
        var sites = exposure["sites"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var supplies = exposure["supplies"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(["facility:teck-trail"], sites);
        Assert.Superset(new HashSet<string> { "element:ge", "product:germanium-metal", "product:germanium-dioxide" }, supplies);
    }
}
