using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>The aggregate field of connections: the same figures a client would work out from every page, in one store call, without reading a page.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class AggregateTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task RootAggregate_RespectsWhere_AndMatchesEveryNode()
    {
        const string where = """{ OR: [{ locatedIn: { some: { iso2: { eq: "AU" } } } }, { locatedIn: { some: { iso2: { eq: "CA" } } } }] }""";
        var response = await _client.QueryAsync($$"""
            { all: mines(first: 100, where: {{where}}) { nodes { status latitude } }
              mines(where: {{where}}) { aggregate { count countByStatus { value count } latitude { min max sum average } } } }
            """);

        var data = response.DataWithoutErrors();
        var mines = data["all"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        var aggregate = data["mines"]!["aggregate"]!;
        var latitudes = mines.Select(m => m["latitude"]?.GetValue<double>()).OfType<double>().ToList();
        Assert.Equal(mines.Count, aggregate["count"]!.GetValue<int>());
        Assert.Equal(
            mines.GroupBy(m => m["status"]?.GetValue<string>()).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal),
            aggregate["countByStatus"]!.AsArray().Select(g => (g!["value"]?.GetValue<string>(), g["count"]!.GetValue<int>())));
        Assert.Equal((latitudes.Min(), latitudes.Max()), (aggregate["latitude"]!["min"]!.GetValue<double>(), aggregate["latitude"]!["max"]!.GetValue<double>()));
        Assert.Equal(latitudes.Sum(), aggregate["latitude"]!["sum"]!.GetValue<double>(), 6);
        Assert.Equal(latitudes.Average(), aggregate["latitude"]!["average"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task AggregateAlone_ReadsNoPage_InOneStoreCall()
    {
        api.Store.Reset();

        var response = await _client.QueryAsync("{ regulations { aggregate { count countByKind { value count } countByStatus { value count } effective { min max } } } }");

        var aggregate = response.DataWithoutErrors()["regulations"]!["aggregate"]!;
        Assert.Equal(1, api.Store.Calls);
        Assert.Equal(aggregate["count"]!.GetValue<int>(), aggregate["countByKind"]!.AsArray().Sum(g => g!["count"]!.GetValue<int>()));
        Assert.Contains(aggregate["countByKind"]!.AsArray(), g => g!["value"]?.GetValue<string>() == "EXPORT_CONTROL");
        Assert.True(string.CompareOrdinal(aggregate["effective"]!["min"]!.GetValue<string>(), aggregate["effective"]!["max"]!.GetValue<string>()) < 0);
    }

    [Fact]
    public async Task RelationshipAggregates_OfEveryParent_ComeInOneStoreCall_AndMatchTheirPages()
    {
        const string query = """
            { countries(first: 100, where: { iso2: { in: ["AU", "CN", "US", "CA"] } }) { nodes { iso2
                locationOf(first: 100) { nodes { ... on MineOrFacility { latitude locationPrecision } } }
                sites: locationOf { aggregate { count node { latitude { min max } countByLocationPrecision { value count } } } } } } }
            """;
        var response = await _client.QueryAsync(query);
        var countries = response.DataWithoutErrors()["countries"]!["nodes"]!.AsArray().Select(c => c!).ToList();

        api.Store.Reset();
        await _client.QueryAsync(query.Replace("locationOf(first: 100) { nodes { ... on MineOrFacility { latitude locationPrecision } } }", ""));

        Assert.Equal(2, api.Store.Calls);
        Assert.Equal(4, countries.Count);
        foreach (var country in countries)
        {
            var sites = country["locationOf"]!["nodes"]!.AsArray().Select(s => s!).ToList();
            var aggregate = country["sites"]!["aggregate"]!;
            var latitudes = sites.Select(s => s["latitude"]?.GetValue<double>()).OfType<double>().ToList();
            Assert.Equal(sites.Count, aggregate["count"]!.GetValue<int>());
            Assert.Equal(latitudes.Min(), aggregate["node"]!["latitude"]!["min"]!.GetValue<double>());
            Assert.Equal(latitudes.Max(), aggregate["node"]!["latitude"]!["max"]!.GetValue<double>());
            Assert.Equal(
                sites.GroupBy(s => s["locationPrecision"]?.GetValue<string>()).ToDictionary(g => g.Key ?? "", g => g.Count()),
                aggregate["node"]!["countByLocationPrecision"]!.AsArray().ToDictionary(g => g!["value"]?.GetValue<string>() ?? "", g => g!["count"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task RelationshipAggregate_RespectsWhereAndEdgeWhere_OnNodeAndEdgeFigures()
    {
        var response = await _client.QueryAsync("""
            { node(id: "element:co") { ... on Element {
                all: producerShares(first: 100) { edges { stage year tonnes node { iso2 } } }
                producerShares(where: { NOT: { iso2: { eq: "CN" } } }, edgeWhere: { stage: { eq: MINING } }) {
                  aggregate { count edge { tonnes { sum max } countByYear { value count } } node { count } } } } } }
            """);

        var cobalt = response.DataWithoutErrors()["node"]!;
        var expected = cobalt["all"]!["edges"]!.AsArray().Select(e => e!)
            .Where(e => e["stage"]!.GetValue<string>() == "MINING" && e["node"]!["iso2"]?.GetValue<string>() != "CN").ToList();
        var aggregate = cobalt["producerShares"]!["aggregate"]!;
        var tonnes = expected.Select(e => e["tonnes"]?.GetValue<double>()).OfType<double>().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, aggregate["count"]!.GetValue<int>());
        Assert.Equal(expected.Count, aggregate["node"]!["count"]!.GetValue<int>());
        Assert.Equal(tonnes.Sum(), aggregate["edge"]!["tonnes"]!["sum"]!.GetValue<double>());
        Assert.Equal(tonnes.Max(), aggregate["edge"]!["tonnes"]!["max"]!.GetValue<double>());
        Assert.Equal(expected.Count, aggregate["edge"]!["countByYear"]!.AsArray().Sum(g => g!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AggregateUnderAliasesAndFragments_ReadsEveryFigureAsked()
    {
        var response = await _client.QueryAsync("""
            fragment Years on HoldsReservesAggregate { edge { year { min max } } }
            { countries(where: { iso2: { eq: "CN" } }) { nodes {
                holdsReserves { a: aggregate { count } b: aggregate { ...Years } ... on HoldsReservesConnection { aggregate { node { count } } } } } } }
            """);

        var reserves = response.DataWithoutErrors()["countries"]!["nodes"]![0]!["holdsReserves"]!;
        Assert.True(reserves["a"]!["count"]!.GetValue<int>() > 0);
        Assert.Equal(reserves["a"]!["count"]!.GetValue<int>(), reserves["aggregate"]!["node"]!["count"]!.GetValue<int>());
        Assert.True(reserves["b"]!["edge"]!["year"]!["min"]!.GetValue<int>() <= reserves["b"]!["edge"]!["year"]!["max"]!.GetValue<int>());
    }

    [Fact]
    public async Task Aggregate_OverNothing_CountsZeroWithNullFigures()
    {
        var response = await _client.QueryAsync("{ mines(where: { OR: [] }) { aggregate { count latitude { min sum } countByStatus { value } } } }");

        var aggregate = response.DataWithoutErrors()["mines"]!["aggregate"]!;
        Assert.Equal(0, aggregate["count"]!.GetValue<int>());
        Assert.Null(aggregate["latitude"]!["min"]);
        Assert.Null(aggregate["latitude"]!["sum"]);
        Assert.Empty(aggregate["countByStatus"]!.AsArray());
    }
}
