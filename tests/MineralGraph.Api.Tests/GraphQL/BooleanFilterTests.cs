using System.Text;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>AND, OR and NOT in <c>where</c> on root connections, relationship connections and relationship filters; conditions on relationships' own properties; their bounds.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class BooleanFilterTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task Or_MatchesNodesPassingEitherCondition()
    {
        Assert.Equal(["Nd", "Dy", "Lu"], await ElementSymbols("""{ OR: [{ symbol: { eq: "Nd" } }, { atomicNumber: { in: [66, 71] } }] }"""));
    }

    [Fact]
    public async Task Not_LeavesOutMatchingNodesAndNodesWithoutTheProperty()
    {
        var mines = await Nodes("mines", "{}", "id status");
        var notProducing = await Nodes("mines", "{ NOT: { status: { eq: PRODUCING } } }", "id status");

        Assert.Equal(
            mines.Where(m => m["status"] is { } status && status.GetValue<string>() != "PRODUCING").Select(Id),
            notProducing.Select(Id));
        Assert.Contains(mines, m => m["status"] is null);
    }

    [Fact]
    public async Task AndOrNot_Nest()
    {
        var heavyOrLightButNotNdPr = await ElementSymbols("""
            { isRareEarth: { eq: true },
              AND: [{ OR: [{ category: { eq: HREE } }, { atomicNumber: { lt: 59 } }] }, { NOT: { OR: [{ symbol: { eq: "Y" } }, { symbol: { eq: "Sc" } }] } }] }
            """);

        Assert.Equal(["La", "Ce", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"], heavyOrLightButNotNdPr);
    }

    [Fact]
    public async Task OrInsideARelationshipFilter_AppliesToTheRelatedNodes()
    {
        var response = await _client.QueryAsync("""
            { elements(first: 100, where: { restrictedBy: { some: { OR: [{ id: { eq: "regulation:cn-mofcom-2023-23" } }, { id: { eq: "regulation:cn-mofcom-2025-18" } }] } } }) { nodes { symbol } }
              a: elements(first: 100, where: { restrictedBy: { some: { id: { eq: "regulation:cn-mofcom-2023-23" } } } }) { nodes { symbol } }
              b: elements(first: 100, where: { restrictedBy: { some: { id: { eq: "regulation:cn-mofcom-2025-18" } } } }) { nodes { symbol } } }
            """);

        var data = response.DataWithoutErrors();
        Assert.Equal(Symbols(data["a"]).Union(Symbols(data["b"])).Order(), Symbols(data["elements"]).Order());
    }

    [Fact]
    public async Task EmptyOr_MatchesNothing_AndEmptyAnd_Everything()
    {
        var response = await _client.QueryAsync("{ none: countries(where: { OR: [] }) { totalCount } all: countries(where: { AND: [] }) { totalCount } countries { totalCount } }");

        var data = response.DataWithoutErrors();
        Assert.Equal(0, data["none"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(data["countries"]!["totalCount"]!.GetValue<int>(), data["all"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task EdgeWhere_KeepsTheRelationshipsWhosePropertiesPass()
    {
        var response = await _client.QueryAsync("""
            { node(id: "element:co") { ... on Element {
                all: producerShares(first: 100) { edges { key stage year } }
                refiningSince2020: producerShares(first: 100, edgeWhere: { stage: { eq: REFINING }, NOT: { year: { lt: 2020 } } }) { totalCount edges { key } }
                chinaMining: producerShares(first: 100, where: { iso2: { eq: "CN" } }, edgeWhere: { OR: [{ stage: { eq: MINING } }, { stage: { eq: REFINING } }] }) { edges { key node { id } } } } } }
            """);

        var cobalt = response.DataWithoutErrors()["node"]!;
        var all = cobalt["all"]!["edges"]!.AsArray().Select(e => e!).ToList();
        var expected = all.Where(e => e["stage"]!.GetValue<string>() == "REFINING" && e["year"]!.GetValue<int>() >= 2020).Select(e => e["key"]!.GetValue<string>()).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, cobalt["refiningSince2020"]!["edges"]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).Order());
        Assert.Equal(expected.Count, cobalt["refiningSince2020"]!["totalCount"]!.GetValue<int>());
        Assert.All(cobalt["chinaMining"]!["edges"]!.AsArray(), e => Assert.Equal("country:cn", e!["node"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EdgeWhere_IsOfferedOnlyWhereTheRelationshipHasProperties()
    {
        var response = await _client.QueryAsync("""{ __type(name: "Element") { fields { name args { name type { name } } } } }""");

        var fields = response.DataWithoutErrors()["__type"]!["fields"]!.AsArray();
        string? EdgeWhere(string field) => fields.Single(f => f!["name"]!.GetValue<string>() == field)!["args"]!.AsArray()
            .SingleOrDefault(a => a!["name"]!.GetValue<string>() == "edgeWhere")?["type"]!["name"]!.GetValue<string>();
        Assert.Equal("RestrictsWhere", EdgeWhere("restrictedBy"));
        Assert.Equal("ProducesShareWhere", EdgeWhere("producerShares"));
        Assert.Null(EdgeWhere("containedIn"));
    }

    [Fact]
    public async Task BooleanNestingPastTheBound_IsRefusedWithACode()
    {
        var where = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            where.Append("{ NOT: ");
        }

        where.Append("{ symbol: { eq: \"Nd\" } }").Append(new string('}', 6));

        var response = await _client.QueryAsync($"{{ elements(where: {where}) {{ totalCount }} }}");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("AND, OR and NOT nest deeper than 5 levels", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task MoreConditionsThanTheBound_AreRefusedWithACode()
    {
        var operands = string.Join(", ", Enumerable.Range(1, 51).Select(n => $"{{ atomicNumber: {{ eq: {n} }} }}"));

        var response = await _client.QueryAsync($"{{ elements(where: {{ OR: [{operands}] }}) {{ totalCount }} }}");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("more than 50 conditions", response.Errors![0]!["message"]!.GetValue<string>());
    }

    private async Task<List<string>> ElementSymbols(string where) =>
        (await Nodes("elements", where, "symbol", "orderBy: { field: ATOMIC_NUMBER, direction: ASC }")).Select(n => n["symbol"]!.GetValue<string>()).ToList();

    private async Task<List<JsonNode>> Nodes(string connection, string where, string selection, string orderBy = "orderBy: { field: ID }")
    {
        var response = await _client.QueryAsync($"{{ {connection}(first: 100, where: {where}, {orderBy}) {{ nodes {{ {selection} }} }} }}");
        return response.DataWithoutErrors()[connection]!["nodes"]!.AsArray().Select(n => n!).ToList();
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static IEnumerable<string> Symbols(JsonNode? connection) => connection!["nodes"]!.AsArray().Select(n => n!["symbol"]!.GetValue<string>());
}
