using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Mutations;

/// <summary>Every refused mutation answers with a code and a message saying what to change, and writes nothing.</summary>
[Collection(WritableApiCollection.Name)]
public sealed class MutationValidationTests(WritableApiFactory api)
{
    private readonly GraphQLClient _editor = api.Editor();

    public static TheoryData<string, string, string, string> RefusedMutations() => new()
    {
        {
            "unknown source",
            """mutation { createMine(input: { name: "Nowhere Pit", sources: ["source:no-such-source"] }) { id } }""",
            "NOT_FOUND", "sources cites 'source:no-such-source', which no node has as its id: create the Source first with createSource"
        },
        {
            "source that is not a Source",
            """mutation { createMine(input: { name: "Nowhere Pit", sources: ["mine:mount-weld"] }) { id } }""",
            "INVALID_ARGUMENT", "sources cites 'mine:mount-weld', which is a Mine, not a Source"
        },
        {
            "no source",
            """mutation { createMine(input: { name: "Nowhere Pit", sources: [] }) { id } }""",
            "INVALID_ARGUMENT", "sources is empty: cite at least one Source that backs this Mine."
        },
        {
            "value outside the model's enum",
            """mutation { createMine(input: { name: "Nowhere Pit", sources: ["source:inn-ree-producers-2024"], status: OPEN }) { id } }""",
            "INVALID_ARGUMENT", "OPEN is not a MineStatus: use one of PRODUCING, DEVELOPMENT, CARE_AND_MAINTENANCE, CLOSED, EXPLORATION."
        },
        {
            "several problems at once",
            """mutation { createMine(input: { name: " ", aliases: [""], sources: ["source:inn-ree-producers-2024"], latitude: 500 }) { id } }""",
            "INVALID_ARGUMENT", "name is blank: give it a value, or leave it out. aliases[0] is blank: give it a value, or leave it out. latitude 500 is out of range"
        },
        {
            "latitude outside its range",
            """mutation { createMine(input: { name: "Nowhere Pit", sources: ["source:inn-ree-producers-2024"], latitude: 500, longitude: 10 }) { id } }""",
            "INVALID_ARGUMENT", "latitude 500 is out of range: latitude must be from -90 to 90."
        },
        {
            "negative stake",
            """mutation { createOwns(from: "company:lynas", to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"], stakePct: -3 }) { key } }""",
            "INVALID_ARGUMENT", "stakePct -3 is out of range: stakePct must be from 0 to 100."
        },
        {
            "share above 100 percent in an update",
            """mutation { updateProducesShare(key: "country:cn|PRODUCES_SHARE|element:nd", set: { sharePct: 250 }) { key } }""",
            "INVALID_ARGUMENT", "sharePct 250 is out of range: sharePct must be from 0 to 100."
        },
        {
            "negative quantity with only a minimum",
            """mutation { updateFacility(id: "facility:energy-fuels-white-mesa", set: { capacityTpa: -0.5 }) { id } }""",
            "INVALID_ARGUMENT", "capacityTpa -0.5 is out of range: capacityTpa must be 0 or more."
        },
        {
            "whole-number year outside its range, with another problem",
            """mutation { createProducesShare(from: "country:au", to: "element:nd", input: { sources: ["source:inn-ree-producers-2024"], stage: MINING, year: 1850, sharePct: 100.5 }) { key } }""",
            "INVALID_ARGUMENT", "year 1850 is out of range: year must be from 1900 to 2100. sharePct 100.5 is out of range: sharePct must be from 0 to 100."
        },
        {
            "malformed id",
            """mutation { createMine(input: { id: "Mount Nowhere", name: "Nowhere Pit", sources: ["source:inn-ree-producers-2024"] }) { id } }""",
            "INVALID_ARGUMENT", "id 'Mount Nowhere' is not a Mine id: write 'mine:' then lower-case letters, digits"
        },
        {
            "duplicate id",
            """mutation { createMine(input: { id: "mine:mount-weld", name: "Mount Weld Again", sources: ["source:inn-ree-producers-2024"] }) { id } }""",
            "CONFLICT", "The id 'mine:mount-weld' is taken by a Mine: choose another id, or leave id out"
        },
        {
            "wrong end label",
            """mutation { createOwns(from: "country:au", to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"] }) { key } }""",
            "INVALID_ARGUMENT", "OWNS cannot start at the Country 'country:au': it goes from Company or Agency to Mine or Facility or Company; change from."
        },
        {
            "missing end",
            """mutation { createOwns(from: "company:lynas", to: "mine:no-such-mine", input: { sources: ["source:inn-ree-producers-2024"] }) { key } }""",
            "NOT_FOUND", "No node has the id 'mine:no-such-mine' given in to: create it first, or fix the id."
        },
        {
            "enum value written as a string",
            """mutation { createProducesShare(from: "country:au", to: "element:nd", input: { sources: ["source:inn-ree-producers-2024"], stage: "mining", year: 2030 }) { key } }""",
            "INVALID_ARGUMENT", "\"mining\" (a string; write the value without quotes) is not a ProducesShareStage: use one of MINING, REFINING, MAGNET."
        },
        {
            "unset a required property",
            """mutation { updateElement(id: "element:nd", unset: [SYMBOL]) { id } }""",
            "INVALID_ARGUMENT", "symbol is required on every Element and cannot be removed: set a new value instead."
        },
        {
            "unset sources",
            """mutation { updateMine(id: "mine:mount-weld", unset: [SOURCES]) { id } }""",
            "INVALID_ARGUMENT", "sources cannot be removed: every Mine cites at least one Source; set another list instead."
        },
        {
            "null in set",
            """mutation { updateMine(id: "mine:mount-weld", set: { status: null }) { id } }""",
            "INVALID_ARGUMENT", "set.status is null: to remove status, list STATUS in unset instead."
        },
        {
            "nothing to change",
            """mutation { updateMine(id: "mine:mount-weld") { id } }""",
            "INVALID_ARGUMENT", "Nothing to change: give set, unset or both."
        },
        {
            "update of another label",
            """mutation { updateMine(id: "company:lynas", set: { status: CLOSED }) { id } }""",
            "INVALID_ARGUMENT", "'company:lynas' is a Company, not a Mine: use updateCompany."
        },
        {
            "update of a missing node",
            """mutation { updateMine(id: "mine:no-such-mine", set: { status: CLOSED }) { id } }""",
            "NOT_FOUND", "No node has the id 'mine:no-such-mine'"
        },
        {
            "update with a key of another type",
            """mutation { updateOwns(key: "mine:mount-weld|LOCATED_IN|country:au", set: { stakePct: 1 }) { key } }""",
            "INVALID_ARGUMENT", "'mine:mount-weld|LOCATED_IN|country:au' is the key of a LOCATED_IN relationship, not an OWNS: use updateLocatedIn."
        },
        {
            "update of a missing relationship",
            """mutation { updateOwns(key: "company:lynas|OWNS|mine:no-such-mine", set: { stakePct: 1 }) { key } }""",
            "NOT_FOUND", ""
        },
        {
            "delete with relationships without detach",
            """mutation { deleteNode(id: "company:lynas") { id } }""",
            "CONFLICT", ""
        },
        {
            "delete of a cited Source",
            """mutation { deleteNode(id: "source:inn-ree-producers-2024", detach: true) { id } }""",
            "CONFLICT", ""
        },
        {
            "delete of a missing node",
            """mutation { deleteNode(id: "mine:no-such-mine") { id } }""",
            "NOT_FOUND", ""
        },
        {
            "delete of a missing relationship",
            """mutation { deleteRelationship(key: "company:lynas|OWNS|mine:no-such-mine") { key } }""",
            "NOT_FOUND", ""
        },
    };

    [Theory]
    [MemberData(nameof(RefusedMutations))]
    public async Task RefusedMutation_AnswersWithCodeAndMessage_AndWritesNothing(string situation, string mutation, string code, string message)
    {
        var revision = await api.GraphStore.GetRevisionAsync(CancellationToken.None);
        var statistics = await api.GraphStore.GetStatisticsAsync(CancellationToken.None);

        var response = await _editor.QueryAsync(mutation);

        Assert.True(response.ErrorCodes is [var only] && only == code, $"{situation}: expected {code}, got {response}");
        Assert.Contains(message, response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal(revision, await api.GraphStore.GetRevisionAsync(CancellationToken.None));
        var after = await api.GraphStore.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(statistics.NodesByLabel, after.NodesByLabel);
        Assert.Equal(statistics.RelationshipsByType, after.RelationshipsByType);
    }

    [Theory]
    [InlineData("""mutation { createMine(input: { name: "Nowhere Pit", sources: ["source:inn-ree-producers-2024"], latitude: "north" }) { id } }""")]
    [InlineData("""mutation { createMine(input: { sources: ["source:inn-ree-producers-2024"] }) { id } }""")]
    [InlineData("""mutation { createSource(input: { name: "Unpublished", published: "2024-13-45" }) { id } }""")]
    public async Task MutationWithAWrongType_IsRefusedBeforeItRuns(string mutation)
    {
        var revision = await api.GraphStore.GetRevisionAsync(CancellationToken.None);

        var response = await _editor.QueryAsync(mutation);

        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.False(string.IsNullOrEmpty(code)));
        Assert.Null(response.Body["data"]);
        Assert.Equal(revision, await api.GraphStore.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NumbersAtTheEndsOfTheirRanges_AreAccepted()
    {
        var response = await _editor.QueryAsync("""
            mutation {
              createMine(input: { name: "Edge Of The Map Pit", sources: ["source:inn-ree-producers-2024"], latitude: -90, longitude: 180, locationPrecision: SITE }) {
                latitude longitude
              }
              createOwns(from: "company:lynas", to: "mine:mount-weld", input: { sources: ["source:inn-ree-producers-2024"], stakePct: 100 }) { stakePct }
            }
            """);

        var data = response.DataWithoutErrors();
        Assert.Equal(-90, data["createMine"]!["latitude"]!.GetValue<double>());
        Assert.Equal(180, data["createMine"]!["longitude"]!.GetValue<double>());
        Assert.Equal(100, data["createOwns"]!["stakePct"]!.GetValue<double>());
    }

    [Fact]
    public async Task StringLongerThanTheLimit_IsRefused()
    {
        var response = await _editor.QueryAsync(
            "mutation($name: String!) { createMine(input: { name: $name, sources: [\"source:inn-ree-producers-2024\"] }) { id } }",
            new { name = new string('a', 4_001) });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("name has 4001 characters, more than the 4000 allowed: shorten it.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListLongerThanTheLimit_IsRefused()
    {
        var response = await _editor.QueryAsync(
            "mutation($aliases: [String!]) { createMine(input: { name: \"Many Names Pit\", aliases: $aliases, sources: [\"source:inn-ree-producers-2024\"] }) { id } }",
            new { aliases = Enumerable.Range(1, 51).Select(i => $"alias {i}").ToArray() });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("aliases has 51 items, more than the 50 allowed: keep the essential ones.", response.Errors![0]!["message"]!.GetValue<string>());
    }
}
