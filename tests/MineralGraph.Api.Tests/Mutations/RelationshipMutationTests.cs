using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Mutations;

[Collection(WritableApiCollection.Name)]
public sealed class RelationshipMutationTests(WritableApiFactory api)
{
    private const string Source = "source:inn-ree-producers-2024";

    private readonly GraphQLClient _editor = api.Editor();

    [Fact]
    public async Task CreateOwns_ReturnsTheRelationshipWithTheSeedsKeyFormat_AndBothEndsSeeIt()
    {
        var company = await CreateCompanyAsync("Owner Test Co");

        var created = await _editor.QueryAsync("""
            mutation($from: ID!) {
              createOwns(from: $from, to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"], stakePct: 12.5, since: "2024-07-01" }) {
                key type start { id } end { id } stakePct since sources { id }
              }
            }
            """, new { from = company });

        var owns = created.DataWithoutErrors()["createOwns"]!;
        var key = $"{company}|OWNS|mine:mount-weld";
        Assert.Equal(key, owns["key"]!.GetValue<string>());
        Assert.Equal("OWNS", owns["type"]!.GetValue<string>());
        Assert.Equal(company, owns["start"]!["id"]!.GetValue<string>());
        Assert.Equal("mine:mount-weld", owns["end"]!["id"]!.GetValue<string>());
        Assert.Equal(12.5, owns["stakePct"]!.GetValue<double>());
        Assert.Equal("2024-07-01", owns["since"]!.GetValue<string>());
        Assert.Equal(Source, owns["sources"]![0]!["id"]!.GetValue<string>());

        var outgoing = await _editor.QueryAsync("query($id: ID!) { node(id: $id) { ... on Company { owns { edges { key stakePct node { id } } } } } }", new { id = company });
        var edge = outgoing.DataWithoutErrors()["node"]!["owns"]!["edges"]![0]!;
        Assert.Equal(key, edge["key"]!.GetValue<string>());
        Assert.Equal("mine:mount-weld", edge["node"]!["id"]!.GetValue<string>());
        var incoming = await _editor.QueryAsync("""{ node(id: "mine:mount-weld") { ... on Mine { ownedBy(first: 100) { edges { key node { id } } } } } }""");
        Assert.Contains(incoming.DataWithoutErrors()["node"]!["ownedBy"]!["edges"]!.AsArray(), e => e!["key"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task CreateProducesShare_ForAPairThatHasOne_NumbersTheKey()
    {
        var first = await CreateShareAsync(2031);
        var second = await CreateShareAsync(2032);

        Assert.Equal("country:au|PRODUCES_SHARE|element:ho", first);
        Assert.Equal("country:au|PRODUCES_SHARE|element:ho|2", second);
        var shares = await _editor.QueryAsync("""
            { node(id: "country:au") { ... on Country { productionShares(where: { id: { eq: "element:ho" } }, orderBy: { field: YEAR }) { edges { key year } } } } }
            """);
        var edges = shares.DataWithoutErrors()["node"]!["productionShares"]!["edges"]!.AsArray();
        Assert.Equal([first, second], edges.Select(e => e!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateOwns_SetsAndUnsetsProperties_AndTheEdgeShowsThem()
    {
        var company = await CreateCompanyAsync("Stake Change Test Co");
        var key = (await _editor.QueryAsync("""
            mutation($from: ID!) { createOwns(from: $from, to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"], stakePct: 10, since: "2020-01-01" }) { key } }
            """, new { from = company })).DataWithoutErrors()["createOwns"]!["key"]!.GetValue<string>();

        var updated = await _editor.QueryAsync("""
            mutation($key: ID!) { updateOwns(key: $key, set: { stakePct: 20, sources: ["source:wikipedia-mount-weld"] }, unset: [SINCE]) { key stakePct since sources { id } } }
            """, new { key });

        var owns = updated.DataWithoutErrors()["updateOwns"]!;
        Assert.Equal(20, owns["stakePct"]!.GetValue<double>());
        Assert.Null(owns["since"]);
        Assert.Equal("source:wikipedia-mount-weld", owns["sources"]![0]!["id"]!.GetValue<string>());
        var read = await _editor.QueryAsync("query($id: ID!) { node(id: $id) { ... on Company { owns { edges { key stakePct since } } } } }", new { id = company });
        var edge = read.DataWithoutErrors()["node"]!["owns"]!["edges"]![0]!;
        Assert.Equal(20, edge["stakePct"]!.GetValue<double>());
        Assert.Null(edge["since"]);
    }

    [Fact]
    public async Task DeleteRelationship_RemovesItFromBothEnds()
    {
        var company = await CreateCompanyAsync("Divesting Test Co");
        var key = (await _editor.QueryAsync("""
            mutation($from: ID!) { createOwns(from: $from, to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"] }) { key } }
            """, new { from = company })).DataWithoutErrors()["createOwns"]!["key"]!.GetValue<string>();

        var deleted = await _editor.QueryAsync("mutation($key: ID!) { deleteRelationship(key: $key) { key } }", new { key });

        Assert.Equal(key, deleted.DataWithoutErrors()["deleteRelationship"]!["key"]!.GetValue<string>());
        var read = await _editor.QueryAsync("query($id: ID!) { node(id: $id) { ... on Company { owns { totalCount } } } }", new { id = company });
        Assert.Equal(0, read.DataWithoutErrors()["node"]!["owns"]!["totalCount"]!.GetValue<int>());
        var incoming = await _editor.QueryAsync("""{ node(id: "mine:mount-weld") { ... on Mine { ownedBy(first: 100) { edges { key } } } } }""");
        Assert.DoesNotContain(incoming.DataWithoutErrors()["node"]!["ownedBy"]!["edges"]!.AsArray(), e => e!["key"]!.GetValue<string>() == key);
    }

    private async Task<string> CreateShareAsync(int year)
    {
        var response = await _editor.QueryAsync("""
            mutation($year: Int!) { createProducesShare(from: "country:au", to: "element:ho", input: { sources: ["source:inn-ree-producers-2024"], stage: MINING, year: $year, sharePct: 1.5 }) { key } }
            """, new { year });
        return response.DataWithoutErrors()["createProducesShare"]!["key"]!.GetValue<string>();
    }

    private async Task<string> CreateCompanyAsync(string name)
    {
        var response = await _editor.QueryAsync(
            "mutation($input: CompanyCreateInput!) { createCompany(input: $input) { id } }",
            new { input = new { name, sources = new[] { Source } } });
        return response.DataWithoutErrors()["createCompany"]!["id"]!.GetValue<string>();
    }
}
