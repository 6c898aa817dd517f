using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

[Collection(SeededApiCollection.Name)]
public sealed class SearchAndLookupTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    private async Task<IReadOnlyList<string>> Search(string text, string extra = "")
    {
        var response = await _client.QueryAsync($$"""query($text: String!) { search(text: $text{{extra}}) { score node { id } } }""", new { text });
        var hits = response.DataWithoutErrors()["search"]!.AsArray();
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        return hits.Select(h => h!["node"]!["id"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task Search_ExactName_RanksFirst() =>
        Assert.Equal("element:nd", (await Search("Neodymium"))[0]);

    [Fact]
    public async Task Search_ExactAlias_RanksAboveWordMatches() =>
        Assert.Equal("company:china-rare-earth-group", (await Search("CREG"))[0]);

    [Fact]
    public async Task Search_ChineseAlias_FindsTheCompany() =>
        Assert.Equal("company:china-rare-earth-group", (await Search("中国稀土集团有限公司"))[0]);

    [Fact]
    public async Task Search_WordPrefixes_MatchNamesAndAliases() =>
        Assert.Contains("company:china-northern-rare-earth", await Search("northern rare"));

    [Fact]
    public async Task Search_IgnoresCaseAndDiacritics() =>
        Assert.Equal(await Search("neodymium"), await Search("NEODYMIUM"));

    [Theory]
    [InlineData("EO 14017")]
    [InlineData("Executive Order 14017")]
    [InlineData("executive order 14017")]
    public async Task Search_RegulationByItsCodeOrKindAndNumber_FindsItFirst(string text) =>
        Assert.Equal("regulation:us-eo-14017", (await Search(text))[0]);

    [Theory]
    [InlineData("Nd", "element:nd")]
    [InlineData("CHN", "country:cn")]
    [InlineData("AU", "country:au")]
    public async Task Search_SymbolOrIsoCode_FindsItsNodeFirst(string text, string expected) =>
        Assert.Equal(expected, (await Search(text))[0]);

    [Fact]
    public async Task Search_TypeAhead_MatchesTheLastWordAsItIsTyped()
    {
        Assert.Equal("mine:mountain-pass", (await Search("Mountain Pa"))[0]);
        Assert.Contains("element:nd", await Search("neodym"));
    }

    [Fact]
    public async Task Search_MoreWordsThanTheBound_IsRefusedWithACode()
    {
        var response = await _client.QueryAsync("query($text: String!) { search(text: $text) { node { id } } }", new { text = string.Join(' ', Enumerable.Range(1, 17).Select(i => $"w{i}")) });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("at most 16 are searched", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_LabelsFilter_KeepsOnlyThoseLabels()
    {
        var hits = await Search("lynas", ", labels: [Facility]");

        Assert.NotEmpty(hits);
        Assert.All(hits, id => Assert.StartsWith("facility:", id));
    }

    [Fact]
    public async Task Search_First_LimitsTheHits() =>
        Assert.Equal(2, (await Search("rare", ", first: 2")).Count);

    [Theory]
    [InlineData("\"")]
    [InlineData("rare* NEAR(earth)")]
    [InlineData("-lynas OR :")]
    [InlineData("")]
    public async Task Search_TextWithQuerySyntax_IsTreatedAsWords(string text)
    {
        var response = await _client.QueryAsync("query($text: String!) { search(text: $text) { node { id } } }", new { text });
        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Node_ById_ReturnsTheTypedNodeOrNull()
    {
        var response = await _client.QueryAsync("""{ found: node(id: "element:dy") { __typename id name ... on Element { symbol atomicNumber category isRareEarth } } missing: node(id: "element:zz") { id } }""");

        var found = response.DataWithoutErrors()["found"]!;
        Assert.Equal(("Element", "Dy", 66, "HREE", true), (found["__typename"]!.GetValue<string>(), found["symbol"]!.GetValue<string>(), found["atomicNumber"]!.GetValue<int>(), found["category"]!.GetValue<string>(), found["isRareEarth"]!.GetValue<bool>()));
        Assert.Null(response.Data["missing"]);
    }

    [Fact]
    public async Task Nodes_ByIds_KeepTheOrderWithNullForUnknownIds()
    {
        var response = await _client.QueryAsync("""{ nodes(ids: ["country:cn", "nowhere:x", "element:nd"]) { id } }""");

        var nodes = response.DataWithoutErrors()["nodes"]!.AsArray();
        Assert.Equal("country:cn", nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("element:nd", nodes[2]!["id"]!.GetValue<string>());
    }
}
