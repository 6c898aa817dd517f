using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// When companies were founded (#14, companies), and finding the nodes this issue added by their names
/// (#14, search), each answer with its source.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class CompanyHistoryQuestionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData("company:lynas", 1983, "source:wikipedia-lynas-2021")]
    [InlineData("company:mp-materials", 2017, "source:wikipedia-mp-materials")]
    [InlineData("company:umicore", 1906, "source:idch-umicore")]
    [InlineData("company:solvay", 1863, "source:solvay-history")]
    [InlineData("company:cmoc", 1969, "source:wikipedia-cmoc")]
    [InlineData("company:jinchuan-group", 1959, "source:jnmc-jinchuan-2024")]
    [InlineData("company:shenghe-resources", 1998, "source:wikipedia-shenghe")]
    [InlineData("company:polymetal", 1998, "source:russiabriefing-tomtor")]
    [InlineData("company:china-rare-earth-group", 2021, "source:cmgroup-creg-2021")]
    [InlineData("company:albemarle", 1994, "source:fundinguniverse-albemarle")]
    [InlineData("company:energy-fuels", 2006, "source:energyfuels-history")]
    [InlineData("company:iluka", 1998, "source:wikiwand-iluka")]
    [InlineData("company:catl", 2011, "source:wikipedia-catl")]
    [InlineData("company:baogang-group", 1954, "source:chinaservicesinfo-baogang-70-2024")]
    [InlineData("company:china-minmetals", 1950, "source:minmetals-development-course")]
    public async Task Company_AnswersTheYearItWasFounded(string company, int founded, string source)
    {
        var node = await _client.NodeAsync(company, "... on Company { founded sources { id } }");

        Assert.Equal(founded, node["founded"]!.GetValue<int>());
        Assert.Contains(source, node.SourceIds());
    }

    [Fact]
    public async Task CompaniesFoundedBefore1950_AreUmicoreAndSolvay()
    {
        var response = await _client.QueryAsync("""{ companies(first: 100, where: { founded: { lt: 1950 } }) { edges { node { id founded sources { id } } } } }""");

        var old = response.DataWithoutErrors()["companies"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(["company:solvay", "company:umicore"], old.Select(n => n["id"]!.GetValue<string>()).Order().ToList());
        Assert.All(old, n => Assert.NotEmpty(n.SourceIds()));
    }

    [Theory]
    [InlineData("Kachin Independence Army", "Organization", "organization:kachin-independence-army", "source:irrawaddy-kia-pangwa")]
    [InlineData("Tomtor", "Mine", "mine:tomtor", "source:reuters-tomtor-2021")]
    [InlineData("Strange Lake", "Mine", "mine:strange-lake", "source:torngat-strange-lake")]
    [InlineData("Fujian SASAC", "Agency", "agency:fujian-sasac", "source:steelorbis-fujian-sasac")]
    [InlineData("Rare Earth Management Regulations", "Regulation", "regulation:cn-ree-management-regulations-2024", "source:cjo-ree-regulations-2024")]
    [InlineData("Naval sonar transducer", "Application", "application:naval-sonar", "source:compoundchem-terbium-2019")]
    public async Task Search_FindsTheNewNodesByName(string text, string label, string id, string source)
    {
        var response = await _client.QueryAsync($$"""{ search(text: "{{text}}", labels: [{{label}}]) { node { id sources { id } } } }""");

        var hits = response.DataWithoutErrors()["search"]!.AsArray().Select(h => h!["node"]!).ToList();
        var hit = Assert.Single(hits, h => h["id"]!.GetValue<string>() == id);
        Assert.Contains(source, hit.SourceIds());
    }
}
