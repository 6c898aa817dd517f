using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// When a regulation was adopted, published and entered into force, which rules implement it, and which mines
/// and regions it restricts (#14, regulations), each answer with its source.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class RegulationLifecycleQuestionTests(SeededApiFactory api)
{
    private const string Lifecycle = """
        ... on Regulation { code kind status announced adopted published entryIntoForce effective appliesFrom sources { id }
                            issuedBy { edges { sources { id } node { id } } }
                            implements { edges { date sources { id } node { id } } }
                            implementedBy { edges { date sources { id } node { id } } }
                            restricts(first: 50) { edges { measure effective region condition sources { id } node { id } } } }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task CriticalRawMaterialsAct_WasAdoptedOn11April2024_PublishedOn3May_AndInForceFrom23May()
    {
        var crma = await _client.NodeAsync("regulation:eu-crma", Lifecycle);

        Assert.Equal("2024-04-11", crma.Text("adopted"));
        Assert.Equal("2024-05-03", crma.Text("published"));
        Assert.Equal("2024-05-23", crma.Text("entryIntoForce"));
        Assert.Equal("Regulation (EU) 2024/1252", crma.Text("code"));
        Assert.Contains("source:eurlex-2024-1252", crma.SourceIds());
    }

    [Fact]
    public async Task RareEarthManagementRegulations_WereAdoptedInApril_PublishedInJune_AndInForceFrom1October2024()
    {
        var decree = await _client.NodeAsync("regulation:cn-ree-management-regulations-2024", Lifecycle);

        Assert.Equal("2024-04-26", decree.Text("adopted"));
        Assert.Equal("2024-06-29", decree.Text("published"));
        Assert.Equal("2024-10-01", decree.Text("entryIntoForce"));
        Assert.Equal("State Council Decree No. 785", decree.Text("code"));
        Assert.Contains("source:moj-xinhua-ree-regulations-2024", decree.SourceIds());
    }

    [Fact]
    public async Task RareEarthManagementRegulations_AreImplementedByMiitOrder71()
    {
        var decree = await _client.NodeAsync("regulation:cn-ree-management-regulations-2024", Lifecycle);

        var order = decree.EdgeTo("implementedBy", "regulation:cn-miit-order-71-2025");
        Assert.Equal("2025-07-28", order.Text("date"));
        Assert.Equal(["source:rareearthmaterials-miit-order-71"], order.SourceIds());
    }

    [Fact]
    public async Task MiitOrder71_IsARuleOfThreeMinistries_InForceOn28July2025_PublishedOn22August()
    {
        var order = await _client.NodeAsync("regulation:cn-miit-order-71-2025", Lifecycle);

        Assert.Equal(Expect.Enum("rule"), order.Text("kind"));
        Assert.Equal("2025-07-28", order.Text("entryIntoForce"));
        Assert.Equal("2025-08-22", order.Text("published"));
        Assert.Equal(["agency:cn-mnr", "agency:miit", "agency:ndrc"], order.EdgeIds("issuedBy").Order().ToList());
        Assert.Contains("source:gmteight-miit-order-71-2025", order.EdgeTo("issuedBy", "agency:ndrc").SourceIds());
        Assert.Equal(["regulation:cn-ree-management-regulations-2024"], order.EdgeIds("implements"));
    }

    [Fact]
    public async Task MiitOrder71_RestrictsRareEarthMiningAndSeparationInChinaToQuotas()
    {
        var order = await _client.NodeAsync("regulation:cn-miit-order-71-2025", Lifecycle);

        var china = order.EdgeTo("restricts", "country:cn");
        Assert.Equal(Expect.Enum("quota"), china.Text("measure"));
        Assert.Contains("total-quantity indicators", china.Text("condition"));
        Assert.Contains("source:rareearthmaterials-miit-order-71", china.SourceIds());
    }

    [Fact]
    public async Task GreenlandUraniumBan_WasPassedOn9November2021_AndInForceFrom2December()
    {
        var act = await _client.NodeAsync("regulation:gl-uranium-ban-act-2021", Lifecycle);

        Assert.Equal("2021-11-09", act.Text("adopted"));
        Assert.Equal("2021-12-01", act.Text("published"));
        Assert.Equal("2021-12-02", act.Text("entryIntoForce"));
        Assert.Equal(Expect.Enum("law"), act.Text("kind"));
        Assert.Equal(["agency:inatsisartut"], act.EdgeIds("issuedBy"));
        Assert.Contains("source:loc-greenland-uranium-ban-2022", act.SourceIds());
    }

    [Fact]
    public async Task GreenlandUraniumBan_RestrictsKvanefjeldByA100PpmUraniumThreshold()
    {
        var act = await _client.NodeAsync("regulation:gl-uranium-ban-act-2021", Lifecycle);

        var kvanefjeld = act.EdgeTo("restricts", "mine:kvanefjeld");
        Assert.Equal(Expect.Enum("ban"), kvanefjeld.Text("measure"));
        Assert.Contains("100 ppm", kvanefjeld.Text("condition"));
        Assert.Contains("source:miningcom-kvanefjeld-ban-2021", kvanefjeld.SourceIds());
        Assert.Equal(Expect.Enum("ban"), act.EdgeTo("restricts", "country:gl").Text("measure"));
        Assert.Contains("source:nunalaw-uranium-ban-2021", act.EdgeTo("restricts", "element:u").SourceIds());
    }

    [Fact]
    public async Task Kvanefjeld_AnswersWhichLawRestrictsIt()
    {
        var mine = await _client.NodeAsync("mine:kvanefjeld", "... on Mine { restrictedBy { edges { measure effective sources { id } node { id } } } }");

        var act = mine.EdgeTo("restrictedBy", "regulation:gl-uranium-ban-act-2021");
        Assert.Equal("2021-12-02", act.Text("effective"));
        Assert.Contains("source:arctictoday-uranium-ban-2021", act.SourceIds());
    }

    [Fact]
    public async Task China_AnswersWhichRulesRestrictItsMining()
    {
        var china = await _client.NodeAsync("country:cn", "... on Country { restrictedBy { edges { measure sources { id } node { id } } } }");

        Assert.Contains("regulation:cn-miit-order-71-2025", china.EdgeIds("restrictedBy"));
        Assert.Contains("source:gmteight-miit-order-71-2025", china.EdgeTo("restrictedBy", "regulation:cn-miit-order-71-2025").SourceIds());
    }
}
