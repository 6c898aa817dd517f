using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Mutations;

[Collection(WritableApiCollection.Name)]
public sealed class NodeMutationTests(WritableApiFactory api)
{
    private const string Source = "source:inn-ree-producers-2024";

    private readonly GraphQLClient _editor = api.Editor();

    [Fact]
    public async Task CreateMine_WithoutId_MakesTheIdFromTheNameAndReadsBack()
    {
        var created = await _editor.QueryAsync("""
            mutation($input: MineCreateInput!) { createMine(input: $input) { id name aliases status latitude sources { id } } }
            """, new { input = new { name = "Kvanefjeld Test", aliases = new[] { "Kuannersuit" }, sources = new[] { Source }, status = "DEVELOPMENT", latitude = 60.97 } });

        var mine = created.DataWithoutErrors()["createMine"]!;
        Assert.Equal("mine:kvanefjeld-test", mine["id"]!.GetValue<string>());
        Assert.Equal("DEVELOPMENT", mine["status"]!.GetValue<string>());
        Assert.Equal(60.97, mine["latitude"]!.GetValue<double>());
        Assert.Equal(Source, mine["sources"]![0]!["id"]!.GetValue<string>());

        var read = await _editor.QueryAsync("""{ mines(where: { name: { eq: "Kvanefjeld Test" } }) { nodes { id aliases status } } }""");
        var node = read.DataWithoutErrors()["mines"]!["nodes"]![0]!;
        Assert.Equal("mine:kvanefjeld-test", node["id"]!.GetValue<string>());
        Assert.Equal("Kuannersuit", node["aliases"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateCompany_WhoseNameMakesATakenId_GetsANumberedId()
    {
        var first = await CreateCompanyAsync("Numbered Holdings");
        var second = await CreateCompanyAsync("Numbered Holdings");

        Assert.Equal("company:numbered-holdings", first);
        Assert.Equal("company:numbered-holdings-2", second);
    }

    [Fact]
    public async Task CreateCompany_WithAccentsOrAnotherScript_MakesAnAsciiIdFromNameOrAliasOrAtRandom()
    {
        Assert.Equal("company:societe-miniere-d-ete", await CreateCompanyAsync("Société Minière d'Été"));
        Assert.Equal("company:northern-test-group", await CreateCompanyAsync("北方测试集团", "Northern Test Group"));
        Assert.Matches("^company:[0-9a-f]{8}$", await CreateCompanyAsync("南方测试集团"));
    }

    [Fact]
    public async Task CreateElement_WithGivenId_KeepsItAndStoresEveryPropertyType()
    {
        var created = await _editor.QueryAsync("""
            mutation {
              createElement(input: { id: "element:og", name: "Oganesson", symbol: "Og", atomicNumber: 118, category: OTHER, isRareEarth: false, sources: ["source:inn-ree-producers-2024"] }) {
                id symbol atomicNumber category isRareEarth
              }
            }
            """);

        var element = created.DataWithoutErrors()["createElement"]!;
        Assert.Equal("element:og", element["id"]!.GetValue<string>());
        Assert.Equal(118, element["atomicNumber"]!.GetValue<int>());
        Assert.False(element["isRareEarth"]!.GetValue<bool>());
        var read = await _editor.QueryAsync("""{ node(id: "element:og") { ... on Element { symbol atomicNumber category } } }""");
        Assert.Equal("Og", read.DataWithoutErrors()["node"]!["symbol"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateSource_WithoutSources_CitesItself()
    {
        var created = await _editor.QueryAsync("""
            mutation { createSource(input: { name: "Test Survey 2031", publisher: "Test Survey", published: "2031-02-03" }) { id published sources { id } } }
            """);

        var source = created.DataWithoutErrors()["createSource"]!;
        Assert.Equal("source:test-survey-2031", source["id"]!.GetValue<string>());
        Assert.Equal("2031-02-03", source["published"]!.GetValue<string>());
        Assert.Equal("source:test-survey-2031", source["sources"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMine_RenamesSetsAndUnsets_AndSearchFindsTheNewName()
    {
        var id = (await _editor.QueryAsync("""
            mutation { createMine(input: { name: "Old Pit Test", sources: ["source:inn-ree-producers-2024"], status: PRODUCING, oreType: "carbonatite" }) { id } }
            """)).DataWithoutErrors()["createMine"]!["id"]!.GetValue<string>();

        var updated = await _editor.QueryAsync("""
            mutation($id: ID!) { updateMine(id: $id, set: { name: "Zyxwv Renamed Pit", status: CLOSED }, unset: [ORE_TYPE]) { id name status oreType } }
            """, new { id });

        var mine = updated.DataWithoutErrors()["updateMine"]!;
        Assert.Equal("Zyxwv Renamed Pit", mine["name"]!.GetValue<string>());
        Assert.Equal("CLOSED", mine["status"]!.GetValue<string>());
        Assert.Null(mine["oreType"]);
        var search = await _editor.QueryAsync("""{ search(text: "zyxwv renamed") { node { id name } } }""");
        Assert.Equal(id, search.DataWithoutErrors()["search"]![0]!["node"]!["id"]!.GetValue<string>());
        var old = await _editor.QueryAsync("""{ search(text: "Old Pit Test", labels: [Mine]) { score node { id } } }""");
        Assert.DoesNotContain(old.DataWithoutErrors()["search"]!.AsArray(), hit => hit!["node"]!["id"]!.GetValue<string>() == id && hit["score"]!.GetValue<double>() >= 2);
    }

    [Fact]
    public async Task DeleteNode_WithoutRelationships_RemovesIt()
    {
        var id = await CreateCompanyAsync("Short Lived Test Co");

        var deleted = await _editor.QueryAsync("mutation($id: ID!) { deleteNode(id: $id) { id deletedRelationshipKeys } }", new { id });

        Assert.Equal(id, deleted.DataWithoutErrors()["deleteNode"]!["id"]!.GetValue<string>());
        Assert.Empty(deleted.Data["deleteNode"]!["deletedRelationshipKeys"]!.AsArray());
        var read = await _editor.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(read.DataWithoutErrors()["node"]);
    }

    [Fact]
    public async Task DeleteNode_WithDetach_RemovesItsRelationshipsToo()
    {
        var id = await CreateCompanyAsync("Detached Test Co");
        var owns = await _editor.QueryAsync("""
            mutation($id: ID!) { createOwns(from: $id, to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"], stakePct: 5 }) { key } }
            """, new { id });
        var key = owns.DataWithoutErrors()["createOwns"]!["key"]!.GetValue<string>();

        var deleted = await _editor.QueryAsync("mutation($id: ID!) { deleteNode(id: $id, detach: true) { deletedRelationshipKeys } }", new { id });

        Assert.Equal(key, deleted.DataWithoutErrors()["deleteNode"]!["deletedRelationshipKeys"]![0]!.GetValue<string>());
        var owners = await _editor.QueryAsync("""{ node(id: "mine:mount-weld") { ... on Mine { ownedBy(first: 100) { edges { key } } } } }""");
        Assert.DoesNotContain(owners.DataWithoutErrors()["node"]!["ownedBy"]!["edges"]!.AsArray(), edge => edge!["key"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task SeveralMutationFields_RunInOrderAsSeparateWrites()
    {
        var response = await _editor.QueryAsync("""
            mutation {
              a: createCompany(input: { name: "Serial Test Co", sources: ["source:inn-ree-producers-2024"] }) { id }
              b: updateCompany(id: "company:serial-test-co", set: { ticker: "ASX:SER" }) { ticker }
            }
            """);

        var data = response.DataWithoutErrors();
        Assert.Equal("company:serial-test-co", data["a"]!["id"]!.GetValue<string>());
        Assert.Equal("ASX:SER", data["b"]!["ticker"]!.GetValue<string>());
    }

    private async Task<string> CreateCompanyAsync(string name, params string[] aliases)
    {
        var response = await _editor.QueryAsync(
            "mutation($input: CompanyCreateInput!) { createCompany(input: $input) { id } }",
            new { input = new { name, aliases, sources = new[] { Source }, kind = "PRIVATE" } });
        return response.DataWithoutErrors()["createCompany"]!["id"]!.GetValue<string>();
    }
}
