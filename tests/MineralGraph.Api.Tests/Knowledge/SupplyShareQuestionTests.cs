using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Countries' shares of a stage in a year, through <c>concentration</c> and through production-share edges.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class SupplyShareQuestionTests(SeededApiFactory api)
{
    private const string Reo = "product:rare-earth-oxides-reo";

    private readonly GraphQLClient _client = new(api.CreateClient());

    private const string ChinaShares = """
        ... on Country { productionShares(first: 100) { edges { stage year tonnes unit worldTonnes sharePct sources { id } node { id } } }
                         holdsReserves(first: 100) { edges { year tonnes unit worldTonnes sources { id } node { id } } } }
        """;

    [Fact]
    public async Task RareEarthMining2024_ChinaLeadsWithItsShareOfTheUsgsWorldTotal()
    {
        var response = await _client.QueryAsync("""
            { concentration(of: "product:rare-earth-oxides-reo", stage: MINING, year: 2024) { year unit top { holder { id } sharePct tonnes sources { id } } } }
            """);

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Equal("t REO", concentration.Text("unit"));
        var top = concentration["top"]!;
        Assert.Equal("country:cn", top["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(270000, top.Number("tonnes"));
        Assert.Equal(270000.0 / 390000 * 100, top.Number("sharePct"), 0.01);
        Assert.Contains("source:usgs-mcs-2025-ree", top.SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthMining2024_ProductionShareEdgeCarriesTonnesUnitAndWorldTotal()
    {
        var china = await _client.NodeAsync("country:cn", ChinaShares);

        var edge = Assert.Single(china.Edges("productionShares"), e => e["node"]!["id"]!.GetValue<string>() == Reo && e.Text("stage") == Expect.Enum("mining") && e["year"]!.GetValue<int>() == 2024);
        Assert.Equal(270000, edge.Number("tonnes"));
        Assert.Equal("t REO", edge.Text("unit"));
        Assert.Equal(390000, edge.Number("worldTonnes"));
        Assert.Equal(["source:metalnomist-ree-mining-2024", "source:nssac-mcs2025-ree-transcript", "source:usgs-mcs-2025-ree"], edge.SourceIds().Order());
    }

    [Fact]
    public async Task ChinaRareEarthMining2023_KeepsBothDisagreeingUsgsEditionsEachWithItsSource()
    {
        var china = await _client.NodeAsync("country:cn", ChinaShares);

        var rows = china.Edges("productionShares").Where(e => e["node"]!["id"]!.GetValue<string>() == Reo && e.Text("stage") == Expect.Enum("mining") && e["year"]!.GetValue<int>() == 2023 && e["tonnes"] is not null).ToList();
        Assert.Equal([240000.0, 255000.0], rows.Select(r => r.Number("tonnes")).Order());
        Assert.Equal(["source:inn-ree-production-2023"], rows.Single(r => r.Number("tonnes") == 240000).SourceIds());
        Assert.Equal(376000, rows.Single(r => r.Number("tonnes") == 255000).Number("worldTonnes"));
        Assert.Contains("source:usgs-mcs-2025-ree", rows.Single(r => r.Number("tonnes") == 255000).SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthReserves2024_Are44MillionTonnesReoOf90Million()
    {
        var china = await _client.NodeAsync("country:cn", ChinaShares);

        var reserves = Assert.Single(china.Edges("holdsReserves"), e => e["node"]!["id"]!.GetValue<string>() == Reo && e["year"]!.GetValue<int>() == 2024);
        Assert.Equal(44000000, reserves.Number("tonnes"));
        Assert.Equal("t REO", reserves.Text("unit"));
        Assert.Equal(90000000, reserves.Number("worldTonnes"));
        Assert.Contains("source:usgs-mcs-2025-ree", reserves.SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthRefining2023_Is92PercentPerTheIea()
    {
        var china = await _client.NodeAsync("country:cn", ChinaShares);

        var refining = Assert.Single(china.Edges("productionShares"), e => e["node"]!["id"]!.GetValue<string>() == Reo && e.Text("stage") == Expect.Enum("refining") && e["year"]!.GetValue<int>() == 2023);
        Assert.Equal(92, refining.Number("sharePct"));
        Assert.Contains("source:iea-gcmo-2024", refining.SourceIds());
    }

    [Fact]
    public async Task ChinaMagnetMaking2025_IsMoreThan85PercentOfWorldOutput_AsALowerBound()
    {
        var neodymium = await _client.NodeAsync("element:nd", "... on Element { producerShares(first: 50) { edges { stage year sharePct qualifier min sources { id } node { id } } } }");

        var magnets = Assert.Single(neodymium.Edges("producerShares"), e => e.Text("stage") == Expect.Enum("magnet") && e["year"]!.GetValue<int>() == 2025);
        Assert.Equal("country:cn", magnets["node"]!["id"]!.GetValue<string>());
        Assert.Equal(Expect.Enum("more than"), magnets.Text("qualifier"));
        Assert.Equal(85, magnets.Number("min"));
        Assert.Null(magnets["sharePct"]);
        Assert.Equal(["source:nyt-tomahawk-mirror-2025"], magnets.SourceIds());
    }

    [Fact]
    public async Task ChinaMagnetMaking2025_LowerBoundIsNotRankedAsAShare()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:nd", stage: MAGNET, year: 2025) { top { sharePct } byCountry { sharePct } } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Null(concentration["top"]);
        Assert.Empty(concentration["byCountry"]!.AsArray());
    }

    [Fact]
    public async Task CobaltRefining2024_ChinaRefines70PercentPerIeaOutlook2025()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:co", stage: REFINING, year: 2024) { top { holder { id } sharePct sources { id } } } }""");

        var top = response.DataWithoutErrors()["concentration"]!["top"]!;
        Assert.Equal("country:cn", top["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(70, top.Number("sharePct"));
        Assert.Equal(["source:agentictribune-iea-gcmo-2025"], top.SourceIds());
    }

    [Fact]
    public async Task LithiumMining2024_AustraliaLeadsIn_TonnesOfContainedLithium()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:li", stage: MINING, year: 2024) { unit top { holder { id } tonnes sources { id } } } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Equal("t contained Li", concentration.Text("unit"));
        Assert.Equal("country:au", concentration["top"]!["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(88000, concentration["top"]!.Number("tonnes"));
        Assert.Contains("source:usgs-mcs-2025-lithium", concentration["top"]!.SourceIds());
    }

    [Theory]
    [InlineData("element:li", "country:au", 36.67, "source:inn-lithium-producers-2025")]
    [InlineData("element:w", "country:cn", 82.72, "source:inn-tungsten-producers-2025")]
    [InlineData("element:ni", "country:id", 59.46, "source:usgs-mcs-2025-nickel-text")]
    [InlineData("element:sb", "country:cn", 60, "source:usgs-mcs-2025-antimony-text")]
    public async Task Mining2024_TopShareIsTonnesOverTheUsgsWorldTotal(string element, string top, double sharePct, string worldTotalSource)
    {
        var response = await _client.QueryAsync($$"""{ concentration(of: "{{element}}", stage: MINING, year: 2024) { top { holder { id } sharePct sources { id } } } }""");

        var leader = response.DataWithoutErrors()["concentration"]!["top"]!;
        Assert.Equal(top, leader["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(sharePct, leader.Number("sharePct"));
        Assert.Contains(worldTotalSource, leader.SourceIds());
    }

    [Fact]
    public async Task CobaltMining2024_SmallerProducersAreSharesOfTheUsgsWorldTotalOf290000Tonnes()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:co", stage: MINING, year: 2024) { top { holder { id } sharePct } byCountry { holder { id } sharePct tonnes sources { id } } } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Equal("country:cd", concentration["top"]!["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(76, concentration["top"]!.Number("sharePct"));
        var russia = Assert.Single(concentration["byCountry"]!.AsArray(), s => s!["holder"]!["id"]!.GetValue<string>() == "country:ru")!;
        Assert.Equal(8700, russia.Number("tonnes"));
        Assert.Equal(3, russia.Number("sharePct"));
        Assert.Equal(["source:usgs-mcs-2025-cobalt", "source:usgs-mcs-2025-cobalt-text"], russia.SourceIds().Order());
    }

    [Fact]
    public async Task GalliumRefining2023_ConcentrationTakesChinasUsgsTonnesOverTheWorldTotalOf633Tonnes()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:ga", stage: REFINING, year: 2023) { unit top { holder { id } sharePct tonnes sources { id } } } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Equal("t Ga (primary production)", concentration.Text("unit"));
        var top = concentration["top"]!;
        Assert.Equal("country:cn", top["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(621, top.Number("tonnes"));
        Assert.Equal(98.1, top.Number("sharePct"));
        Assert.Contains("source:usgs-mcs-2025-gallium-text", top.SourceIds());
    }

    [Fact]
    public async Task GalliumRefining2023_ChinaHas98Point8PercentOfRefinedGallium()
    {
        var china = await _client.NodeAsync("country:cn", ChinaShares);

        var gallium = Assert.Single(china.Edges("productionShares"), e => e["node"]!["id"]!.GetValue<string>() == "element:ga" && e["year"]!.GetValue<int>() == 2023 && e["sharePct"] is not null);
        Assert.Equal(98.8, gallium.Number("sharePct"));
        Assert.Equal(["source:miningcom-ga-ge-2023"], gallium.SourceIds());
    }
}
