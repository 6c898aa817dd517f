using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>What a typed client sees: the model's enums as GraphQL enums, relationship ends typed by exactly their labels, and input errors that say what to write.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class TypedSchemaTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task ModelEnum_IsAGraphQLEnumWithTheModelsValuesAndDescriptions()
    {
        var response = await _client.QueryAsync("""
            { __type(name: "MineStatus") { kind description enumValues { name description } }
              mine: __type(name: "Mine") { fields { name type { name } } } }
            """);

        var type = response.DataWithoutErrors()["__type"]!;
        Assert.Equal("ENUM", type["kind"]!.GetValue<string>());
        Assert.StartsWith("Operating status", type["description"]!.GetValue<string>());
        Assert.Equal(["PRODUCING", "DEVELOPMENT", "CARE_AND_MAINTENANCE", "CLOSED", "EXPLORATION"], type["enumValues"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()));
        Assert.Equal("'care-and-maintenance' in the graph model.", type["enumValues"]![2]!["description"]!.GetValue<string>());
        Assert.Equal("MineStatus", Field(response.Data["mine"]!, "status")["type"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Regulation", "status", "RegulationStatus")]
    [InlineData("Regulation", "kind", "RegulationKind")]
    [InlineData("Company", "kind", "CompanyKind")]
    [InlineData("Product", "stage", "ProductStage")]
    [InlineData("Facility", "stage", "FacilityStage")]
    [InlineData("Facility", "locationPrecision", "LocationPrecision")]
    [InlineData("Mine", "locationPrecision", "LocationPrecision")]
    [InlineData("Element", "category", "ElementCategory")]
    [InlineData("Application", "sector", "ApplicationSector")]
    [InlineData("RestrictsEdge", "measure", "RestrictsMeasure")]
    [InlineData("ProductionSharesEdge", "stage", "ProducesShareStage")]
    public async Task EveryModelEnumProperty_IsTypedByItsEnum(string type, string field, string enumType)
    {
        var response = await _client.QueryAsync($$"""{ __type(name: "{{type}}") { fields { name type { name kind ofType { name kind } } } } }""");

        var fieldType = Field(response.DataWithoutErrors()["__type"]!, field)["type"]!;
        fieldType = fieldType["ofType"] ?? fieldType;
        Assert.Equal((enumType, "ENUM"), (fieldType["name"]!.GetValue<string>(), fieldType["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EnumFilter_MatchesTheNodesShowingThatValue()
    {
        var all = await _client.QueryAsync("{ mines(first: 100) { totalCount nodes { status } } }");
        var statuses = all.DataWithoutErrors()["mines"]!["nodes"]!.AsArray().Select(n => n!["status"]?.GetValue<string>()).ToList();

        foreach (var status in statuses.OfType<string>().Distinct())
        {
            var filtered = await _client.QueryAsync($$"""{ mines(first: 100, where: { status: { eq: {{status}} } }) { nodes { status } } }""");
            var shown = filtered.DataWithoutErrors()["mines"]!["nodes"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()).ToList();

            Assert.Equal(statuses.Count(s => s == status), shown.Count);
            Assert.All(shown, s => Assert.Equal(status, s));
        }

        Assert.True(statuses.OfType<string>().Distinct().Count() > 1, "The seed's mines have several statuses.");
    }

    [Fact]
    public async Task EnumInAVariable_FiltersAndCreatesWithTheGraphQLSpelling()
    {
        var response = await _client.QueryAsync(
            "query($statuses: [RegulationStatus!]) { regulations(first: 100, where: { status: { in: $statuses } }) { nodes { status } } }",
            new { statuses = new[] { "IN_FORCE", "SUSPENDED" } });

        var shown = response.DataWithoutErrors()["regulations"]!["nodes"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("IN_FORCE", shown);
        Assert.Subset(new HashSet<string> { "IN_FORCE", "SUSPENDED" }, shown);
    }

    [Fact]
    public async Task EnumTypo_InALiteral_ListsTheAllowedValues()
    {
        var response = await _client.QueryAsync("{ mines(where: { status: { eq: OPEN } }) { totalCount } }");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("OPEN is not a MineStatus: use one of PRODUCING, DEVELOPMENT, CARE_AND_MAINTENANCE, CLOSED, EXPLORATION.", Message(response));
    }

    [Fact]
    public async Task EnumValue_WrittenAsTheModelsString_SaysToWriteTheEnumValue()
    {
        var response = await _client.QueryAsync("""{ regulations(where: { status: { eq: "in force" } }) { totalCount } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("\"in force\" (a string; write the value without quotes) is not a RegulationStatus: use one of IN_FORCE, SUSPENDED, REPEALED, PROPOSED, EXPIRED, CONCLUDED.", Message(response));
    }

    [Fact]
    public async Task EnumTypo_InAVariable_NamesTheVariableAndListsTheAllowedValues()
    {
        var response = await _client.QueryAsync(
            "query($where: MineWhere) { mines(where: $where) { totalCount } }",
            new { where = new { status = new { @in = new[] { "PRODUCING", "producing" } } } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal("Variable '$where.status.in[1]' is invalid. \"producing\" is not a MineStatus: use one of PRODUCING, DEVELOPMENT, CARE_AND_MAINTENANCE, CLOSED, EXPLORATION.", Message(response));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("01/02/2025")]
    [InlineData("2025-4-4")]
    [InlineData("yesterday")]
    public async Task BadDate_NamesTheFormat(string date)
    {
        var literal = await _client.QueryAsync($$"""{ regulationsInForce(on: "{{date}}") { id } }""");
        var variable = await _client.QueryAsync("query($d: Date) { regulations(where: { effective: { gt: $d } }) { totalCount } }", new { d = date });

        Assert.Equal(["INVALID_ARGUMENT"], literal.ErrorCodes);
        Assert.Contains($"\"{date}\" is not a Date: write a calendar date as yyyy-MM-dd, e.g. 2025-04-04.", Message(literal));
        Assert.Equal(["INVALID_ARGUMENT"], variable.ErrorCodes);
        Assert.Equal($"Variable '$d' is invalid. \"{date}\" is not a Date: write a calendar date as yyyy-MM-dd, e.g. 2025-04-04.", Message(variable));
    }

    [Fact]
    public async Task RelationshipEndWithSeveralLabels_IsAnInterfaceOfExactlyThoseLabels()
    {
        var response = await _client.QueryAsync("""
            { set: __type(name: "AgencyOrCountry") { kind interfaces { name } possibleTypes { name } }
              connection: __type(name: "IssuedByConnection") { fields { name type { ofType { ofType { ofType { name } } } } } } }
            """);

        var set = response.DataWithoutErrors()["set"]!;
        Assert.Equal("INTERFACE", set["kind"]!.GetValue<string>());
        Assert.Equal(["Node"], set["interfaces"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal(["Agency", "Country"], set["possibleTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order());
        Assert.Equal("AgencyOrCountry", Field(response.Data["connection"]!, "nodes")["type"]!["ofType"]!["ofType"]!["ofType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task InterfaceOfALabelSet_OffersTheirSharedProperties_ToSelectAndFilter()
    {
        var response = await _client.QueryAsync("""
            { countries(where: { iso2: { eq: "AU" } }) { nodes {
                all: locationOf(first: 100) { nodes { __typename id latitude } }
                south: locationOf(first: 100, where: { latitude: { lt: -30 } }) { nodes { __typename id latitude locationPrecision } } } } }
            """);

        var australia = response.DataWithoutErrors()["countries"]!["nodes"]![0]!;
        var sites = australia["all"]!["nodes"]!.AsArray();
        var south = australia["south"]!["nodes"]!.AsArray();
        Assert.Contains(sites, s => s!["__typename"]!.GetValue<string>() == "Mine");
        Assert.Contains(sites, s => s!["__typename"]!.GetValue<string>() == "Facility");
        Assert.Equal(
            sites.Where(s => s!["latitude"]?.GetValue<double>() < -30).Select(s => s!["id"]!.GetValue<string>()),
            south.Select(s => s!["id"]!.GetValue<string>()));
        Assert.NotEmpty(south);
    }

    private static JsonNode Field(JsonNode type, string name) =>
        type["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!;

    private static string Message(GraphQLResponse response) => response.Errors![0]!["message"]!.GetValue<string>();
}
