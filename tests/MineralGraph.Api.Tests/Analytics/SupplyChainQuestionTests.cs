using System.Text.Json.Nodes;
using System.Xml.Linq;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Analytics;

/// <summary>Researchers' questions answered from the seed graph, each one GraphQL query.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class SupplyChainQuestionTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    private static List<string> Ids(JsonNode? list, string field = "id") =>
        list!.AsArray().Select(n => n![field]!.GetValue<string>()).ToList();

    [Fact]
    public async Task April2025Controls_ReachElectricVehiclesAndWindTurbinesThroughDysprosiumAndTerbium()
    {
        var response = await _client.QueryAsync("""
            { regulationExposure(regulation: "regulation:cn-mofcom-2025-18") {
                inForce
                restricted { item { id } relationship { measure effective sources { publisher } } }
                applications { dependent { id } item { id } chain { nodes { id } relationships { type } } }
                countries { id } } }
            """);

        var exposure = response.DataWithoutErrors()["regulationExposure"]!;
        var restricted = exposure["restricted"]!.AsArray().Select(r => r!["item"]!["id"]!.GetValue<string>()).ToList();
        Assert.True(exposure["inForce"]!.GetValue<bool>());
        Assert.Superset(new HashSet<string> { "element:sm", "element:gd", "element:tb", "element:dy", "element:lu", "element:sc", "element:y" }, restricted.ToHashSet());
        Assert.All(exposure["restricted"]!.AsArray(), r => Assert.Equal("2025-04-04", r!["relationship"]!["effective"]!.GetValue<string>()));

        var chains = exposure["applications"]!.AsArray().Select(a => (Dependent: a!["dependent"]!["id"]!.GetValue<string>(), Item: a["item"]!["id"]!.GetValue<string>(), Nodes: Ids(a["chain"]!["nodes"]))).ToList();
        var ev = Assert.Single(chains, c => c.Dependent == "application:electric-vehicle" && c.Item == "element:dy");
        Assert.Equal("application:ev-traction-motor", ev.Nodes[1]);
        Assert.Equal("element:dy", ev.Nodes[^1]);
        Assert.Contains(chains, c => c.Dependent == "application:wind-turbine" && c.Item == "element:tb");
        Assert.Contains(chains, c => c.Dependent == "application:f-35");
        Assert.Contains("country:cn", Ids(exposure["countries"]));
    }

    [Fact]
    public async Task Dependencies_OfAnElectricVehicle_GoDownToTheElementsWithTheirChains()
    {
        var response = await _client.QueryAsync("""{ dependencies(of: "application:electric-vehicle") { item { id } chain { length nodes { id } relationships { type } } } }""");

        var dependencies = response.DataWithoutErrors()["dependencies"]!.AsArray();
        var dysprosium = dependencies.First(d => d!["item"]!["id"]!.GetValue<string>() == "element:dy")!;
        Assert.Equal(["application:electric-vehicle", "application:ev-traction-motor", "element:dy"], Ids(dysprosium["chain"]!["nodes"]));
        Assert.Equal(["DEPENDS_ON", "REQUIRES"], dysprosium["chain"]!["relationships"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()));
        Assert.Contains(dependencies, d => d!["item"]!["id"]!.GetValue<string>() == "element:co");
    }

    [Fact]
    public async Task Dependents_OfCobalt_IncludeBatteriesAndWhatUsesThem()
    {
        var response = await _client.QueryAsync("""{ dependents(of: ["element:co"]) { dependent { id } chain { nodes { id } } } }""");

        var dependents = response.DataWithoutErrors()["dependents"]!.AsArray().Select(d => d!["dependent"]!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("application:lithium-ion-battery", dependents);
        Assert.Contains("application:electric-vehicle", dependents);
    }

    [Fact]
    public async Task Paths_FromACompanyToAnElement_ShowEachLinkAndItsSources()
    {
        var response = await _client.QueryAsync("""{ paths(from: "company:mp-materials", to: "element:nd", maxHops: 4, first: 5) { length nodes { id } relationships { type key sources { id } } } }""");

        var paths = response.DataWithoutErrors()["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        var shortest = paths[0]!["length"]!.GetValue<int>();
        Assert.All(paths, p => Assert.Equal(shortest, p!["length"]!.GetValue<int>()));
        Assert.All(paths, p => Assert.Equal("company:mp-materials", p!["nodes"]![0]!["id"]!.GetValue<string>()));
        Assert.All(paths, p => Assert.All(p!["relationships"]!.AsArray(), r => Assert.NotEmpty(r!["sources"]!.AsArray())));
    }

    [Fact]
    public async Task Concentration_OfCobaltMining_GivesSharesTopShareHhiAndTheRestOfTheWorld()
    {
        var response = await _client.QueryAsync("""
            { concentration(of: "element:co", stage: MINING) { year hhi top { holder { id } sharePct } byCountry { holder { id } sharePct tonnes sources { publisher } } shareOutside(country: "country:cd") } }
            """);

        var concentration = response.DataWithoutErrors()["concentration"]!;
        var shares = concentration["byCountry"]!.AsArray().Select(s => s!["sharePct"]!.GetValue<double>()).ToList();
        Assert.Equal("country:cd", concentration["top"]!["holder"]!["id"]!.GetValue<string>());
        Assert.Equal(shares.OrderDescending(), shares);
        Assert.Equal(shares.Sum(s => s * s), concentration["hhi"]!.GetValue<double>(), 0.5);
        Assert.Equal(100 - shares[0], concentration["shareOutside"]!.GetValue<double>(), 0.01);
        Assert.All(concentration["byCountry"]!.AsArray(), s => Assert.NotEmpty(s!["sources"]!.AsArray()));
        Assert.Equal(2024, concentration["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task WhatIf_WithoutTheTopProducer_RescalesTheRestAndFlagsTheApplications()
    {
        var response = await _client.QueryAsync("""
            { whatIf(remove: ["country:cd"], stage: MINING, items: ["element:co"], thresholdPct: 50) {
                items { remainingSupplyPct before { top { holder { id } sharePct } } after { top { holder { id } sharePct } byCountry { holder { id } } } }
                applicationsAtRisk { application { id } item { id } } } }
            """);

        var whatIf = response.DataWithoutErrors()["whatIf"]!;
        var item = whatIf["items"]![0]!;
        var congoShare = item["before"]!["top"]!["sharePct"]!.GetValue<double>();
        Assert.Equal(100 - congoShare, item["remainingSupplyPct"]!.GetValue<double>(), 0.01);
        Assert.DoesNotContain("country:cd", item["after"]!["byCountry"]!.AsArray().Select(c => c!["holder"]!["id"]!.GetValue<string>()));
        Assert.True(item["after"]!["top"]!["sharePct"]!.GetValue<double>() > 0);
        Assert.Contains("application:lithium-ion-battery", whatIf["applicationsAtRisk"]!.AsArray().Select(a => a!["application"]!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("2025-03-01", false)]
    [InlineData("2025-06-01", true)]
    public async Task RegulationsInForce_OnADay_FollowTheEffectiveDate(string day, bool expected)
    {
        var response = await _client.QueryAsync("query($on: Date!) { regulationsInForce(on: $on, restricting: \"element:dy\") { id } }", new { on = day });

        Assert.Equal(expected, Ids(response.DataWithoutErrors()["regulationsInForce"]).Contains("regulation:cn-mofcom-2025-18"));
    }

    [Theory]
    [InlineData("2025-10-20", true)]
    [InlineData("2025-12-01", false)]
    public async Task RegulationsInForce_AfterASuspension_LeaveTheSuspendedOneOut(string day, bool expected)
    {
        var response = await _client.QueryAsync("query($on: Date!) { regulationsInForce(on: $on) { id } }", new { on = day });

        Assert.Equal(expected, Ids(response.DataWithoutErrors()["regulationsInForce"]).Contains("regulation:cn-mofcom-2025-55"));
    }

    [Fact]
    public async Task Subgraph_AsGraphML_IsValidGraphMLWithEveryEdgeBetweenListedNodes()
    {
        var response = await _client.QueryAsync("""{ subgraph(around: "mine:mount-weld", depth: 1) { export(format: GRAPHML) } }""");

        var document = XDocument.Parse(response.DataWithoutErrors()["subgraph"]!["export"]!.GetValue<string>());
        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var nodes = document.Descendants(graphml + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = document.Descendants(graphml + "edge").ToList();
        Assert.Contains("mine:mount-weld", nodes);
        Assert.Contains("country:au", nodes);
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.True(nodes.Contains((string)e.Attribute("source")!) && nodes.Contains((string)e.Attribute("target")!)));
    }

    [Fact]
    public async Task Subgraph_AsNodeLinkJson_LinksOnlyListedNodes()
    {
        var response = await _client.QueryAsync("""{ subgraph(around: "company:lynas", depth: 1) { export } }""");

        var graph = JsonNode.Parse(response.DataWithoutErrors()["subgraph"]!["export"]!.GetValue<string>())!;
        var nodes = Ids(graph["nodes"]).ToHashSet();
        Assert.True(graph["directed"]!.GetValue<bool>());
        Assert.Contains("company:lynas", nodes);
        Assert.All(graph["links"]!.AsArray(), l => Assert.True(nodes.Contains(l!["source"]!.GetValue<string>()) && nodes.Contains(l["target"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Subgraph_AsTypedObjects_HasTheNodeFirstAndRelationshipsBetweenListedNodes()
    {
        var response = await _client.QueryAsync("""
            { subgraph(around: "mine:mount-weld", depth: 1) {
                around { id }
                nodes { __typename id name ... on Country { iso2 } }
                relationships { __typename type key start { id } end { id } ... on LocatedIn { region } } } }
            """);

        var subgraph = response.DataWithoutErrors()["subgraph"]!;
        var nodes = Ids(subgraph["nodes"]).ToList();
        var relationships = subgraph["relationships"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal("mine:mount-weld", subgraph["around"]!["id"]!.GetValue<string>());
        Assert.Equal("mine:mount-weld", nodes[0]);
        Assert.Contains(subgraph["nodes"]!.AsArray(), n => n!["__typename"]!.GetValue<string>() == "Country" && n["iso2"]!.GetValue<string>() == "AU");
        var locatedIn = Assert.Single(relationships, r => r["type"]!.GetValue<string>() == "LOCATED_IN");
        Assert.Equal(("LocatedIn", "mine:mount-weld", "country:au"), (locatedIn["__typename"]!.GetValue<string>(), locatedIn["start"]!["id"]!.GetValue<string>(), locatedIn["end"]!["id"]!.GetValue<string>()));
        Assert.All(relationships, r => Assert.True(nodes.Contains(r["start"]!["id"]!.GetValue<string>()) && nodes.Contains(r["end"]!["id"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("""{ dependencies(of: "application:electric-vehicle", maxHops: 50) { item { id } } }""", "MAX_HOPS_EXCEEDED")]
    [InlineData("""{ paths(from: "company:lynas", to: "element:nd", first: 500) { length } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ dependencies(of: "application:nothing-like-this") { item { id } } }""", "NOT_FOUND")]
    [InlineData("""{ supplyExposure(of: "element:nd") { sites { id } } }""", "INVALID_ARGUMENT")]
    public async Task BadQuestions_GetAClearErrorCode(string query, string code)
    {
        var response = await _client.QueryAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }
}
