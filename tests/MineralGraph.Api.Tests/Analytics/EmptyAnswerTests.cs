using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Analytics;

/// <summary>A question without an answer says why, and where the answer is; an unknown id is NOT_FOUND wherever it is given.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class EmptyAnswerTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Concentration_OfAnElementRefinedAsAProduct_PointsAtTheProduct()
    {
        var response = await _client.QueryAsync("""
            { element: concentration(of: "element:nd", stage: REFINING) { byCountry { sharePct } explanation relatedItemsWithFigures { id } }
              product: concentration(of: "product:rare-earth-oxides-reo", stage: REFINING) { byCountry { sharePct } explanation stagesWithFigures } }
            """);

        var data = response.DataWithoutErrors();
        var element = data["element"]!;
        Assert.Empty(element["byCountry"]!.AsArray());
        Assert.Contains(element["relatedItemsWithFigures"]!.AsArray(), n => n!["id"]!.GetValue<string>() == "product:rare-earth-oxides-reo");
        Assert.StartsWith("Neodymium (element:nd) has no REFINING figures", element["explanation"]!.GetValue<string>());
        Assert.Contains("ask concentration(of: \"product:rare-earth-oxides-reo\", stage: REFINING)", element["explanation"]!.GetValue<string>());
        Assert.NotEmpty(data["product"]!["byCountry"]!.AsArray());
        Assert.Null(data["product"]!["explanation"]);
        Assert.Contains("REFINING", data["product"]!["stagesWithFigures"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Concentration_ForAYearWithoutFigures_NamesTheYearsThatHaveThem()
    {
        var response = await _client.QueryAsync("""
            { concentration(of: "element:co", stage: MINING, year: 1990) { byCountry { sharePct } explanation yearsWithFigures }
              latest: concentration(of: "element:co", stage: MINING) { year } }
            """);

        var data = response.DataWithoutErrors();
        var years = data["concentration"]!["yearsWithFigures"]!.AsArray().Select(y => y!.GetValue<int>()).ToList();
        Assert.Empty(data["concentration"]!["byCountry"]!.AsArray());
        Assert.Contains(data["latest"]!["year"]!.GetValue<int>(), years);
        Assert.Equal($"Cobalt (element:co) has no MINING figures for 1990; it has figures for {string.Join(", ", years)}: ask for one of them, or leave year out for the latest.",
            data["concentration"]!["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concentration_AtAStageWithoutFiguresAnywhereNear_ListsTheItemsThatHaveThem()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:co", stage: MAGNET) { explanation stagesWithFigures } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Contains("MINING", concentration["stagesWithFigures"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Matches(@"^Cobalt \(element:co\) has no MAGNET figures; it has figures at MINING[A-Z, ]*(\. Items with MAGNET figures: .+|, and no item has any yet)\.$", concentration["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concentration_WithOnlyBoundsAtTheStage_SaysTheyCannotBeRanked()
    {
        var response = await _client.QueryAsync("""{ concentration(of: "element:nd", stage: MAGNET) { byCountry { sharePct } explanation } }""");

        var concentration = response.DataWithoutErrors()["concentration"]!;
        Assert.Empty(concentration["byCountry"]!.AsArray());
        Assert.Matches(@"^Neodymium \(element:nd\) has no MAGNET shares, only bounds, which cannot be ranked: China \(country:cn\) (more than|at least) \d+ in \d{4}", concentration["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhatIf_RemovingEveryProducer_SaysEveryCountryIsExcluded()
    {
        var before = await _client.QueryAsync("""{ concentration(of: "element:ga", stage: REFINING) { year byCountry { holder { id } } } }""");
        var producers = before.DataWithoutErrors()["concentration"]!["byCountry"]!.AsArray().Select(s => s!["holder"]!["id"]!.GetValue<string>()).ToList();

        var response = await _client.QueryAsync("query($remove: [ID!]!) { whatIf(remove: $remove, stage: REFINING, items: [\"element:ga\"]) { items { after { byCountry { sharePct } explanation } } } }", new { remove = producers });

        var after = response.DataWithoutErrors()["whatIf"]!["items"]![0]!["after"]!;
        Assert.Empty(after["byCountry"]!.AsArray());
        Assert.StartsWith("Every country with REFINING figures for Gallium (element:ga) in ", after["explanation"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ dependents(of: ["element:nd", "element:no-such-element"]) { dependent { id } } }""")]
    [InlineData("""{ dependencies(of: "application:no-such-application") { item { id } } }""")]
    [InlineData("""{ paths(from: "element:nd", to: "element:no-such-element") { length } }""")]
    [InlineData("""{ regulationsInForce(on: "2025-06-01", restricting: "element:no-such-element") { id } }""")]
    [InlineData("""{ concentration(of: "element:no-such-element", stage: MINING) { year } }""")]
    [InlineData("""{ whatIf(remove: ["country:no-such-country"], stage: MINING) { removed { id } } }""")]
    [InlineData("""{ regulationExposure(regulation: "regulation:no-such-regulation") { inForce } }""")]
    [InlineData("""{ supplyExposure(of: "country:no-such-country") { sites { id } } }""")]
    [InlineData("""{ subgraph(around: "country:no-such-country") { nodes { id } } }""")]
    public async Task UnknownId_AnyResearchersQuestion_AnswersNotFoundNamingIt(string query)
    {
        var response = await _client.QueryAsync(query);

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Matches("No node has the id '[a-z]+:no-such-[a-z]+'; find ids with search", response.Errors![0]!["message"]!.GetValue<string>());
    }
}
