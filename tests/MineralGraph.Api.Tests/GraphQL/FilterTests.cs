using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>Every filter operator through GraphQL, on facts of the seed graph that do not change (atomic numbers, symbols).</summary>
[Collection(SeededApiCollection.Name)]
public sealed class FilterTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    private async Task<IReadOnlyList<string>> ElementSymbols(string where)
    {
        var response = await _client.QueryAsync($"{{ elements(first: 100, where: {where}, orderBy: {{field: ATOMIC_NUMBER, direction: ASC}}) {{ nodes {{ symbol }} }} }}");
        return response.DataWithoutErrors()["elements"]!["nodes"]!.AsArray().Select(n => n!["symbol"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task Eq_OnString_MatchesExactly() =>
        Assert.Equal(["Nd"], await ElementSymbols("{symbol: {eq: \"Nd\"}}"));

    [Fact]
    public async Task In_OnString_MatchesAnyListedValue() =>
        Assert.Equal(["Pr", "Nd", "Dy"], await ElementSymbols("{symbol: {in: [\"Dy\", \"Nd\", \"Pr\", \"Xx\"]}}"));

    [Fact]
    public async Task Contains_IgnoresCase() =>
        Assert.Equal(["Pr", "Nd"], await ElementSymbols("{name: {contains: \"DYMIUM\"}}"));

    [Fact]
    public async Task StartsWith_IgnoresCase() =>
        Assert.Equal(["Nd"], await ElementSymbols("{name: {startsWith: \"neo\"}}"));

    [Fact]
    public async Task IntRange_GteAndLte_GiveTheFifteenLanthanides() =>
        Assert.Equal(["La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"], await ElementSymbols("{atomicNumber: {gte: 57, lte: 71}}"));

    [Fact]
    public async Task IntRange_GtAndLt_ExcludeTheBounds() =>
        Assert.Equal(["Ce", "Pr"], await ElementSymbols("{atomicNumber: {gt: 57, lt: 60}}"));

    [Fact]
    public async Task IntIn_MatchesListedNumbers() =>
        Assert.Equal(["Sc", "Y"], await ElementSymbols("{atomicNumber: {in: [21, 39]}}"));

    [Fact]
    public async Task BooleanEq_FindsTheSeventeenRareEarths() =>
        Assert.Equal(17, (await ElementSymbols("{isRareEarth: {eq: true}}")).Count);

    [Fact]
    public async Task SeveralConditions_AllMustHold() =>
        Assert.Equal(["Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"], await ElementSymbols("{category: {eq: HREE}, atomicNumber: {gte: 65}}"));

    [Fact]
    public async Task Includes_OnAliases_FindsByAlias()
    {
        var response = await _client.QueryAsync("""{ companies(where: {aliases: {includes: "CREG"}}) { nodes { id } } }""");
        Assert.Equal(["company:china-rare-earth-group"], response.DataWithoutErrors()["companies"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task IdFilter_In_SelectsThoseNodes() =>
        Assert.Equal(["La", "Ce"], await ElementSymbols("{id: {in: [\"element:ce\", \"element:la\"]}}"));

    [Fact]
    public async Task DateRange_KeepsOnlyRegulationsAnnouncedInTheRange()
    {
        var response = await _client.QueryAsync("""{ regulations(first: 100, where: {announced: {gte: "2025-01-01", lt: "2026-01-01"}}) { nodes { id announced } } }""");
        var announced = response.DataWithoutErrors()["regulations"]!["nodes"]!.AsArray().Select(n => n!["announced"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(announced);
        Assert.All(announced, date => Assert.StartsWith("2025-", date));
        Assert.Contains("regulation:cn-mofcom-2025-18", response.Data["regulations"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DateEq_MatchesTheExactDay()
    {
        var all = await _client.QueryAsync("""{ regulations(first: 1, where: {id: {eq: "regulation:cn-mofcom-2025-18"}}) { nodes { announced } } }""");
        var day = all.DataWithoutErrors()["regulations"]!["nodes"]![0]!["announced"]!.GetValue<string>();

        var response = await _client.QueryAsync("query($d: Date) { regulations(first: 100, where: {announced: {eq: $d}}) { nodes { id } } }", new { d = day });

        Assert.Contains("regulation:cn-mofcom-2025-18", response.DataWithoutErrors()["regulations"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RelationshipSome_FindsNodesWithAMatchingNeighbour()
    {
        var response = await _client.QueryAsync("""{ elements(first: 100, where: {restrictedBy: {some: {id: {eq: "regulation:cn-mofcom-2023-23"}}}}) { nodes { symbol } } }""");
        Assert.Equal(["Ga", "Ge"], response.DataWithoutErrors()["elements"]!["nodes"]!.AsArray().Select(n => n!["symbol"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task RelationshipNone_ExcludesNodesWithAMatchingNeighbour()
    {
        var rareEarths = await ElementSymbols("{isRareEarth: {eq: true}}");
        var unrestricted = await ElementSymbols("{isRareEarth: {eq: true}, restrictedBy: {none: {id: {eq: \"regulation:cn-mofcom-2025-18\"}}}}");
        var restricted = await ElementSymbols("{isRareEarth: {eq: true}, restrictedBy: {some: {id: {eq: \"regulation:cn-mofcom-2025-18\"}}}}");

        Assert.Equal(new[] { "Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y" }.Order(), restricted.Order());
        Assert.Equal(rareEarths.Except(restricted).Order(), unrestricted.Order());
    }

    [Fact]
    public async Task TwoRelationshipFilters_BothMustHold()
    {
        // Companies operating any site; then those based in Australia operating Mount Weld.
        var response = await _client.QueryAsync("""{ companies(first: 100, where: {operates: {some: {}}}) { nodes { id } } }""");
        var operators = response.DataWithoutErrors()["companies"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

        var nested = await _client.QueryAsync("""{ companies(first: 100, where: {headquarteredIn: {some: {iso2: {eq: "AU"}}}, operates: {some: {id: {eq: "mine:mount-weld"}}}}) { nodes { id } } }""");

        Assert.Contains("company:lynas", operators);
        Assert.Equal(["company:lynas"], nested.DataWithoutErrors()["companies"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NestedRelationshipFilter_FollowsTwoHops()
    {
        // Mines extracting a mineral that contains dysprosium: the heavy-rare-earth ores.
        var response = await _client.QueryAsync("""{ mines(first: 100, where: {extracts: {some: {contains: {some: {symbol: {eq: "Dy"}}}}}}) { nodes { id } } }""");
        var mines = response.DataWithoutErrors()["mines"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

        Assert.Contains("mine:southern-jiangxi-ionic-clays", mines);
        Assert.DoesNotContain("mine:mountain-pass", mines);
    }

    [Fact]
    public async Task RelationshipFilters_NestedTooDeep_AreRefusedWithACode()
    {
        var response = await _client.QueryAsync("""{ elements(where: {restrictedBy: {some: {amends: {some: {amends: {some: {amends: {some: {}}}}}}}}}) { totalCount } }""");
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task FilterValue_ThatLooksLikeSql_IsPlainData()
    {
        var response = await _client.QueryAsync("""{ elements(where: {name: {eq: "x' OR 1=1 --"}}) { totalCount } }""");
        Assert.Equal(0, response.DataWithoutErrors()["elements"]!["totalCount"]!.GetValue<int>());
    }
}
