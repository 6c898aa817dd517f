using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.Tests.GraphQL;

[Collection(SeededApiCollection.Name)]
public sealed class RelationshipTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>The first relationship of each type in the seed graph: its start and end ids.</summary>
    public static TheoryData<string, string, string> FirstOfEachType()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.SeedData, "relationships"), "*.csv").Order(StringComparer.Ordinal))
        {
            var firstRow = File.ReadLines(file).Skip(1).First().Split(',');
            data.Add(Path.GetFileNameWithoutExtension(file), firstRow[0], firstRow[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FirstOfEachType))]
    public async Task EveryRelationshipType_IsReachableFromBothEnds(string type, string startId, string endId)
    {
        var relationship = GraphModel.Default.GetRelationship(type);
        var labels = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", new { ids = new[] { startId, endId } });
        var (startLabel, endLabel) = (labels.DataWithoutErrors()["nodes"]![0]!["__typename"]!.GetValue<string>(), labels.Data["nodes"]![1]!["__typename"]!.GetValue<string>());

        var outgoing = await Neighbours(startId, startLabel, relationship.OutField);
        var incoming = await Neighbours(endId, endLabel, relationship.InField);

        Assert.Contains(endId, outgoing);
        Assert.Contains(startId, incoming);
    }

    [Fact]
    public async Task Edge_CarriesTheRelationshipsPropertiesAndSources()
    {
        var response = await _client.QueryAsync("""
            { node(id: "mine:mount-weld") { ... on Mine { locatedIn { edges { region sources { id publisher } node { iso2 } } } } } }
            """);

        var edge = response.DataWithoutErrors()["node"]!["locatedIn"]!["edges"]![0]!;
        Assert.Equal("Western Australia", edge["region"]!.GetValue<string>());
        Assert.Equal("AU", edge["node"]!["iso2"]!.GetValue<string>());
        Assert.NotEmpty(edge["sources"]!.AsArray());
        Assert.All(edge["sources"]!.AsArray(), s => Assert.False(string.IsNullOrEmpty(s!["publisher"]!.GetValue<string>())));
    }

    [Fact]
    public async Task RelationshipToSeveralLabels_CanBeNarrowedByLabel()
    {
        var all = await _client.QueryAsync("""{ node(id: "country:au") { ... on Country { locationOf(first: 100) { nodes { __typename } } } } }""");
        var mines = await _client.QueryAsync("""{ node(id: "country:au") { ... on Country { locationOf(first: 100, labels: [Mine]) { nodes { __typename } } } } }""");

        var allTypes = all.DataWithoutErrors()["node"]!["locationOf"]!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()).ToList();
        var mineTypes = mines.DataWithoutErrors()["node"]!["locationOf"]!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()).ToList();
        Assert.Contains("Facility", allTypes);
        Assert.NotEmpty(mineTypes);
        Assert.All(mineTypes, t => Assert.Equal("Mine", t));
        Assert.Equal(allTypes.Count(t => t == "Mine"), mineTypes.Count);
    }

    [Fact]
    public async Task RelationshipConnection_SortsByARelationshipProperty()
    {
        var response = await _client.QueryAsync("""
            { node(id: "country:cn") { ... on Country { productionShares(first: 100, orderBy: {field: YEAR, direction: DESC}) { edges { year } } } } }
            """);

        var years = response.DataWithoutErrors()["node"]!["productionShares"]!["edges"]!.AsArray().Select(e => e!["year"]!.GetValue<int>()).ToList();
        Assert.NotEmpty(years);
        Assert.Equal(years.OrderDescending(), years);
    }

    private async Task<IReadOnlyList<string>> Neighbours(string id, string label, string field)
    {
        var response = await _client.QueryAsync($$"""query($id: ID!) { node(id: $id) { ... on {{label}} { {{field}}(first: 100) { edges { node { id } } } } } }""", new { id });
        return GraphQLResponse.Ids(response.DataWithoutErrors()["node"]![field]);
    }
}
