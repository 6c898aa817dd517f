using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Where tungsten and antimony are processed, by whom, and what reaches those plants, each answer with its source.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class ProcessingQuestionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task HsikwangshanSmelters_AreRunByAChinaMinmetalsSubsidiaryInLengshuijiangHunan()
    {
        var facility = await _client.NodeAsync("facility:hsikwangshan-lengshuijiang", """
            ... on Facility { locationPrecision
                              operatedBy { edges { sources { id } node { id ... on Company { kind subsidiaryOf { edges { sources { id } node { id } } } } } } }
                              locatedIn { edges { region node { id } } }
                              processes { edges { capacityTpa sources { id } node { id } } } }
            """);

        var operatorEdge = facility.EdgeTo("operatedBy", "company:hsikwangshan-twinkling-star");
        Assert.Equal(["source:asianmetal-hsikwangshan-interview"], operatorEdge.SourceIds());
        var company = operatorEdge["node"]!;
        Assert.Equal(Expect.Enum("state-owned"), company.Text("kind"));
        Assert.Equal(["source:asianmetal-antimony-forum-2022"], company.EdgeTo("subsidiaryOf", "company:china-minmetals").SourceIds());
        Assert.Equal("Hunan (Lengshuijiang)", facility.EdgeTo("locatedIn", "country:cn").Text("region"));
        Assert.Equal(Expect.Enum("town"), facility.Text("locationPrecision"));
        var capacities = facility.Edges("processes").Where(e => e["node"]!["id"]!.GetValue<string>() == "element:sb")
            .ToDictionary(e => e.Number("capacityTpa"), e => e.SourceIds());
        Assert.Equal(["source:argus-hsikwangshan-2020"], capacities[20000]);
        Assert.Equal(["source:asianmetal-antimony-forum-2022"], capacities[30000]);
    }

    [Fact]
    public async Task AmmoniumParatungstate_IsMadeAtTowandaAndInThaiNguyenEachWithItsSource()
    {
        var product = await _client.NodeAsync("product:ammonium-paratungstate", "... on Product { stage producedBy(first: 50) { edges { sources { id } node { id } } } }");

        Assert.Equal(Expect.Enum("intermediate"), product.Text("stage"));
        Assert.Contains("source:ceratizit-gtp-towanda", product.EdgeTo("producedBy", "facility:gtp-towanda").SourceIds());
        Assert.Equal(["source:asiaminer-mht-apt"], product.EdgeTo("producedBy", "facility:masan-tungsten-thai-nguyen").SourceIds());
        Assert.DoesNotContain("facility:hsikwangshan-lengshuijiang", product.EdgeIds("producedBy"));
    }

    [Fact]
    public async Task OmanAntimonyRoaster_Has20000TonnesAYearOfCapacityAndIsOwnedBySpmp()
    {
        var facility = await _client.NodeAsync("facility:spmp-sohar", """
            ... on Facility { stage status capacityTpa
                              ownedBy { edges { sources { id } node { id } } }
                              produces { edges { node { id } } } }
            """);

        Assert.Equal(20000, facility.Number("capacityTpa"));
        Assert.Equal(Expect.Enum("operating"), facility.Text("status"));
        Assert.Equal(["source:omanobserver-spmp-2019"], facility.EdgeTo("ownedBy", "company:strategic-precious-metals-processing").SourceIds());
        Assert.Equal(["product:antimony-metal", "product:antimony-trioxide"], facility.EdgeIds("produces").Order());
    }

    [Fact]
    public async Task HcStarckGoslar_BelongsToMitsubishiMaterialsSinceTheMasanSale()
    {
        var company = await _client.NodeAsync("company:hc-starck-tungsten", """
            ... on Company { operates { edges { node { id } } }
                             subsidiaryOf { edges { stakePct sources { id } node { id } } } }
            """);

        Assert.Contains("facility:hc-starck-goslar", company.EdgeIds("operates"));
        var parent = company.EdgeTo("subsidiaryOf", "company:mitsubishi-materials");
        Assert.Equal(100, parent.Number("stakePct"));
        Assert.Contains("source:vietjo-mmc-hcs-2024", parent.SourceIds());
    }

    [Fact]
    public async Task AntimonyExportControl_ReachesTheSmeltersAndTheirOperators()
    {
        var response = await _client.QueryAsync("""{ regulationExposure(regulation: "regulation:cn-mofcom-2024-33") { sites { id } companies { id } } }""");

        var exposure = response.DataWithoutErrors()["regulationExposure"]!;
        var sites = exposure["sites"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var companies = exposure["companies"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "facility:hsikwangshan-lengshuijiang", "facility:usac-thompson-falls", "facility:spmp-sohar" }, sites.ToHashSet());
        Assert.Superset(new HashSet<string> { "company:hsikwangshan-twinkling-star", "company:us-antimony" }, companies.ToHashSet());
    }

    [Fact]
    public async Task SupplyExposure_OfUsAntimony_ReachesBothSmeltersAndWhatTheyMake()
    {
        var response = await _client.QueryAsync("""{ supplyExposure(of: "company:us-antimony") { sites { id } supplies { id } } }""");

        var exposure = response.DataWithoutErrors()["supplyExposure"]!;
        var sites = exposure["sites"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var supplies = exposure["supplies"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["facility:usac-madero", "facility:usac-thompson-falls"], sites.Order());
        Assert.Superset(new HashSet<string> { "element:sb", "product:antimony-metal", "product:antimony-trioxide" }, supplies.ToHashSet());
    }
}
