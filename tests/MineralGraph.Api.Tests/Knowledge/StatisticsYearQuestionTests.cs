using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// Country statistics for every year the cited survey gives (#14, statistics): the USGS Mineral Commodity
/// Summaries 2025 tables carry 2023 and 2024, and both years are asked for, with their world totals.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class StatisticsYearQuestionTests(SeededApiFactory api)
{
    private const string Shares = "... on Country { productionShares(first: 100) { edges { stage year tonnes unit worldTonnes sharePct qualifier min sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    private async Task<JsonNode> UsgsMineProduction(string country, string material, int year, string source)
    {
        var node = await _client.NodeAsync(country, Shares);
        return Assert.Single(node.Edges("productionShares"), e =>
            e["node"]!["id"]!.GetValue<string>() == material && e["year"]!.GetValue<int>() == year
            && e["stage"]!.GetValue<string>() == Expect.Enum("mining") && e.SourceIds().Contains(source));
    }

    [Theory]
    [InlineData("country:cd", "element:co", 2023, 175000, 238000, "source:usgs-mcs-2025-cobalt")]
    [InlineData("country:cd", "element:co", 2024, 220000, 290000, "source:usgs-mcs-2025-cobalt")]
    [InlineData("country:id", "element:co", 2023, 19000, 238000, "source:usgs-mcs-2025-cobalt")]
    [InlineData("country:id", "element:co", 2024, 28000, 290000, "source:usgs-mcs-2025-cobalt")]
    [InlineData("country:ru", "element:co", 2023, 8700, 238000, "source:usgs-mcs-2025-cobalt")]
    [InlineData("country:cn", "element:sb", 2023, 62300, 106000, "source:usgs-mcs-2025-antimony")]
    [InlineData("country:cn", "element:sb", 2024, 60000, 100000, "source:usgs-mcs-2025-antimony")]
    [InlineData("country:tj", "element:sb", 2023, 17000, 106000, "source:usgs-mcs-2025-antimony")]
    [InlineData("country:ru", "element:sb", 2023, 13000, 106000, "source:usgs-mcs-2025-antimony")]
    [InlineData("country:br", "element:ni", 2023, 82700, 3750000, "source:usgs-mcs-2025-nickel")]
    [InlineData("country:cn", "element:ni", 2023, 117000, 3750000, "source:usgs-mcs-2025-nickel")]
    [InlineData("country:cn", "element:ni", 2024, 120000, 3700000, "source:usgs-mcs-2025-nickel")]
    public async Task MineProduction_IsAnsweredForEachYearTheSurveyGives(string country, string material, int year, double tonnes, double world, string source)
    {
        var row = await UsgsMineProduction(country, material, year, source);

        Assert.Equal(tonnes, row.Number("tonnes"));
        Assert.Equal(world, row.Number("worldTonnes"));
    }

    [Fact]
    public async Task CongoCobalt_HasBothMcs2025YearsAndTheInnFigureKeptApart()
    {
        var congo = await _client.NodeAsync("country:cd", Shares);

        var cobalt = congo.Edges("productionShares").Where(e => e["node"]!["id"]!.GetValue<string>() == "element:co").ToList();
        Assert.Equal([2023, 2024], cobalt.Where(e => e.SourceIds().Contains("source:usgs-mcs-2025-cobalt")).Select(e => e["year"]!.GetValue<int>()).Order().ToList());
        var inn = Assert.Single(cobalt, e => e.SourceIds().Contains("source:inn-cobalt-mines-2024"));
        Assert.Equal(170000, inn.Number("tonnes"));
    }

    [Fact]
    public async Task Antimony_EveryCountryInTheMcs2025TableHasBothYears()
    {
        var antimony = await _client.NodeAsync("element:sb", "... on Element { producerShares(first: 100) { edges { stage year sources { id } node { id } } } }");

        var mcs = antimony.Edges("producerShares").Where(e => e.SourceIds().Contains("source:usgs-mcs-2025-antimony")).ToList();
        var byCountry = mcs.GroupBy(e => e["node"]!["id"]!.GetValue<string>()).ToList();
        Assert.True(byCountry.Count >= 10, $"{byCountry.Count} countries");
        Assert.All(byCountry, g => Assert.Equal([2023, 2024], g.Select(e => e["year"]!.GetValue<int>()).Order().ToList()));
    }

    [Fact]
    public async Task ChinasMagnetShare_IsALowerBoundInBothYearsItsSourcesGive()
    {
        var china = await _client.NodeAsync("country:cn", Shares);

        var magnets = china.Edges("productionShares").Where(e => e["stage"]!.GetValue<string>() == Expect.Enum("magnet")).OrderBy(e => e["year"]!.GetValue<int>()).ToList();
        Assert.Equal([2019, 2025], magnets.Select(e => e["year"]!.GetValue<int>()).ToList());
        Assert.All(magnets, m => Assert.Equal(Expect.Enum("more than"), m.Text("qualifier")));
        Assert.All(magnets, m => Assert.Null(m["sharePct"]));
        Assert.Equal(90, magnets[0].Number("min"));
        Assert.Contains("source:bloomberg-hitachi-2019", magnets[0].SourceIds());
        Assert.Equal(85, magnets[1].Number("min"));
        Assert.Contains("source:nyt-tomahawk-mirror-2025", magnets[1].SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthMining_HasTheMcs2025FiguresForBoth2023And2024()
    {
        var china = await _client.NodeAsync("country:cn", Shares);

        var reo = china.Edges("productionShares").Where(e => e["node"]!["id"]!.GetValue<string>() == "product:rare-earth-oxides-reo"
                                                            && e.SourceIds().Contains("source:usgs-mcs-2025-ree")).OrderBy(e => e["year"]!.GetValue<int>()).ToList();
        Assert.Equal([255000, 270000], reo.Select(e => e.Number("tonnes")).ToList());
        Assert.Equal([376000, 390000], reo.Select(e => e.Number("worldTonnes")).ToList());
    }
}
