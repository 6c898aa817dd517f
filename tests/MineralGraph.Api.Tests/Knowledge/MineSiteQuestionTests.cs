using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Tungsten, lithium, nickel and rare-earth mines: who owns and runs them, where they lie and what they yield, each answer with its source.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class MineSiteQuestionTests(SeededApiFactory api)
{
    private const string OwnersAndOperators = """
        ... on Mine { ownedBy(first: 50) { edges { stakePct sources { id } node { id } } }
                      operatedBy { edges { sources { id } node { id } } } }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Sorowako_IsRunByValeIndonesiaAndOwnedByMindIdValeCanadaAndSumitomoWithTheirStakes()
    {
        var mine = await _client.NodeAsync("mine:sorowako", OwnersAndOperators);

        Assert.Equal(["source:jakartaglobe-vale-sorowako-2015"], mine.EdgeTo("operatedBy", "company:vale-indonesia").SourceIds());
        Assert.Equal(34, mine.EdgeTo("ownedBy", "company:mind-id").Number("stakePct"));
        Assert.Equal(33.9, mine.EdgeTo("ownedBy", "company:vale-canada").Number("stakePct"));
        var sumitomo = mine.EdgeTo("ownedBy", "company:sumitomo-metal-mining");
        Assert.Equal(11.5, sumitomo.Number("stakePct"));
        Assert.Equal(["source:wikipedia-sorowako-mine"], sumitomo.SourceIds());
    }

    [Fact]
    public async Task Wodgina_IsHalfMineralResourcesHalfAlbemarleAndRunByMineralResources()
    {
        var mine = await _client.NodeAsync("mine:wodgina", OwnersAndOperators);

        Assert.Equal(50, mine.EdgeTo("ownedBy", "company:mineral-resources").Number("stakePct"));
        var albemarle = mine.EdgeTo("ownedBy", "company:albemarle");
        Assert.Equal(50, albemarle.Number("stakePct"));
        Assert.Equal(["source:nsenergy-minres-bald-hill-2023"], albemarle.SourceIds());
        Assert.Contains("source:nsenergy-minres-bald-hill-2023", mine.EdgeTo("operatedBy", "company:mineral-resources").SourceIds());
    }

    [Fact]
    public async Task Sangdong_IsAnAlmontyTungstenMineInGangwonAtItsWikipediaPoint()
    {
        var mine = await _client.NodeAsync("mine:sangdong", """
            ... on Mine { status latitude longitude locationPrecision sources { id }
                          ownedBy { edges { stakePct sources { id } node { id } } }
                          locatedIn { edges { region node { id } } }
                          produces { edges { sources { id } node { id } } } }
            """);

        Assert.Equal(37.15, mine.Number("latitude"));
        Assert.Equal(128.833, mine.Number("longitude"));
        Assert.Equal(Expect.Enum("site"), mine.Text("locationPrecision"));
        Assert.Contains("source:wikipedia-sangdong-mine", mine.SourceIds());
        Assert.Equal(Expect.Enum("producing"), mine.Text("status"));
        var almonty = mine.EdgeTo("ownedBy", "company:almonty-industries");
        Assert.Equal(100, almonty.Number("stakePct"));
        Assert.Equal(["source:mdo-sangdong"], almonty.SourceIds());
        Assert.Equal("Gangwon Province (Yeongwol County)", mine.EdgeTo("locatedIn", "country:kr").Text("region"));
        Assert.Contains("source:miningthemarket-sangdong-2025", mine.EdgeTo("produces", "element:w").SourceIds());
    }

    [Fact]
    public async Task Tungsten_IsProducedAtPanasqueiraSangdongAndFelbertal()
    {
        var tungsten = await _client.NodeAsync("element:w", "... on Element { producedBy(first: 50, labels: [Mine]) { edges { sources { id } node { id } } } }");

        Assert.Superset(new HashSet<string> { "mine:panasqueira", "mine:sangdong", "mine:felbertal" }, tungsten.EdgeIds("producedBy").ToHashSet());
        Assert.Contains("source:cmr-almonty-sangdong-2021", tungsten.EdgeTo("producedBy", "mine:panasqueira").SourceIds());
    }

    [Fact]
    public async Task Felbertal_IsRunByWolframBergbauUndHuettenASandvikCompany()
    {
        var mine = await _client.NodeAsync("mine:felbertal", """
            ... on Mine { operatedBy { edges { sources { id }
                node { id ... on Company { subsidiaryOf { edges { sources { id } node { id } } } } } } } }
            """);

        var wbh = mine.EdgeTo("operatedBy", "company:wolfram-bergbau-und-huetten");
        Assert.Contains("source:dewiki-felbertal", wbh.SourceIds());
        Assert.Equal(["source:wko-wolfram-mittersill"], wbh["node"]!.EdgeTo("subsidiaryOf", "company:sandvik").SourceIds());
    }

    [Fact]
    public async Task Longonjo_IsEightyFourPercentPensanaAndExtractsMonaziteAndBastnasite()
    {
        var mine = await _client.NodeAsync("mine:longonjo", """
            ... on Mine { latitude longitude locationPrecision
                          ownedBy { edges { stakePct sources { id } node { id } } }
                          extracts { edges { sources { id } node { id } } } }
            """);

        var pensana = mine.EdgeTo("ownedBy", "company:pensana");
        Assert.Equal(84, pensana.Number("stakePct"));
        Assert.Contains("source:miningweekly-longonjo-2024", pensana.SourceIds());
        Assert.Equal(["mineral:bastnasite", "mineral:monazite"], mine.EdgeIds("extracts").Order());
        Assert.Equal(-12.92, mine.Number("latitude"));
        Assert.Equal(15.22, mine.Number("longitude"));
        Assert.Equal(Expect.Enum("site"), mine.Text("locationPrecision"));
    }

    [Fact]
    public async Task Nechalacho_IsVitalMetalsAndCarriesTheThorLakeDistrictPoint()
    {
        var mine = await _client.NodeAsync("mine:nechalacho", """
            ... on Mine { latitude longitude locationPrecision sources { id }
                          ownedBy { edges { stakePct sources { id } node { id } } } }
            """);

        Assert.Equal(62.09861, mine.Number("latitude"));
        Assert.Equal(-112.57611, mine.Number("longitude"));
        Assert.Equal(Expect.Enum("district"), mine.Text("locationPrecision"));
        Assert.Contains("source:wikipedia-thor-lake", mine.SourceIds());
        Assert.Equal(100, mine.EdgeTo("ownedBy", "company:vital-metals").Number("stakePct"));
    }
}
