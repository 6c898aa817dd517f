using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>What regulations restrict and from when, who issued them, and how they link to each other.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class RegulationQuestionTests(SeededApiFactory api)
{
    private const string Restricts = "... on Regulation { restricts(first: 50) { edges { measure effective until sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task GalliumAndGermaniumControls_NeedALicenceFromAugust2023()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2023-23", Restricts);

        foreach (var element in new[] { "element:ga", "element:ge" })
        {
            var restriction = regulation.EdgeTo("restricts", element);
            Assert.Equal(Expect.Enum("licence"), restriction.Text("measure"));
            Assert.Equal("2023-08-01", restriction.Text("effective"));
            Assert.Contains("source:cjo-ga-ge-2023", restriction.SourceIds());
        }
    }

    [Fact]
    public async Task April2025RareEarthControls_RestrictSevenMediumAndHeavyRareEarthsFrom4April()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2025-18", Restricts);

        var elements = regulation.EdgeIds("restricts").Where(id => id.StartsWith("element:", StringComparison.Ordinal)).Order();
        Assert.Equal(["element:dy", "element:gd", "element:lu", "element:sc", "element:sm", "element:tb", "element:y"], elements);
        var dysprosium = regulation.EdgeTo("restricts", "element:dy");
        Assert.Equal("2025-04-04", dysprosium.Text("effective"));
        Assert.Contains("source:osenc-mofcom-2025-18", dysprosium.SourceIds());
    }

    [Fact]
    public async Task April2025RareEarthControls_AreIssuedByMofcomAndCustoms()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2025-18", "... on Regulation { issuedBy { edges { sources { id } node { id } } } }");

        Assert.Equal(["agency:gacc", "agency:mofcom"], regulation.EdgeIds("issuedBy").Order());
        Assert.Contains("source:osenc-mofcom-2025-18", regulation.EdgeTo("issuedBy", "agency:mofcom").SourceIds());
    }

    [Fact]
    public async Task Proclamation11001_RespondsToTheSection232InvestigationOn14January2026()
    {
        var regulation = await _client.NodeAsync("regulation:us-proclamation-11001", "... on Regulation { kind code respondsTo { edges { date sources { id } node { id } } } }");

        Assert.Equal(Expect.Enum("proclamation"), regulation.Text("kind"));
        Assert.Equal("Proclamation 11001", regulation.Text("code"));
        var response = regulation.EdgeTo("respondsTo", "regulation:us-s232-processed-critical-minerals-2025");
        Assert.Equal("2026-01-14", response.Text("date"));
        Assert.Contains("source:covington-proc-11001", response.SourceIds());
    }

    [Fact]
    public async Task Announcement70Of2025_SuspendsTheOctober2025Controls()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2025-70", "... on Regulation { suspends { edges { date sources { id } node { id } } } }");

        Assert.Equal(
            ["regulation:cn-mofcom-2025-55", "regulation:cn-mofcom-2025-56", "regulation:cn-mofcom-2025-57", "regulation:cn-mofcom-2025-58", "regulation:cn-mofcom-2025-61", "regulation:cn-mofcom-2025-62"],
            regulation.EdgeIds("suspends").Order());
        var suspension = regulation.EdgeTo("suspends", "regulation:cn-mofcom-2025-61");
        Assert.Equal("2025-11-07", suspension.Text("date"));
        Assert.Equal(["source:chemradar-mofcom-2025-70"], suspension.SourceIds());
    }

    [Fact]
    public async Task Announcement72Of2025_SuspendsTheUsClauseOfAnnouncement46AndTargetsTheUnitedStates()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2025-72", """
            ... on Regulation { suspends { edges { date sources { id } node { id } } } targets { edges { sources { id } node { id } } } }
            """);

        var suspension = regulation.EdgeTo("suspends", "regulation:cn-mofcom-2024-46");
        Assert.Equal("2025-11-09", suspension.Text("date"));
        Assert.Contains("source:clarkhill-mofcom-70-72", suspension.SourceIds());
        Assert.Equal(["source:clarkhill-mofcom-70-72"], regulation.EdgeTo("targets", "country:us").SourceIds());
    }

    [Fact]
    public async Task CriticalRawMaterialsAct_IsIssuedByParliamentAndCouncilAndInForceSince23May2024()
    {
        var regulation = await _client.NodeAsync("regulation:eu-crma", "... on Regulation { code effective status issuedBy { edges { sources { id } node { id } } } }");

        Assert.Equal("Regulation (EU) 2024/1252", regulation.Text("code"));
        Assert.Equal("2024-05-23", regulation.Text("effective"));
        Assert.Equal(Expect.Enum("in force"), regulation.Text("status"));
        Assert.Equal(["agency:eu-council", "agency:eu-parliament"], regulation.EdgeIds("issuedBy").Order());
        Assert.Contains("source:eurlex-2024-1252", regulation.EdgeTo("issuedBy", "agency:eu-parliament").SourceIds());
    }

    [Fact]
    public async Task The2023GraphiteMeasure_AmendsThe2006GraphiteDecision()
    {
        var regulation = await _client.NodeAsync("regulation:cn-mofcom-2023-graphite", "... on Regulation { amends { edges { date sources { id } node { id } } } }");

        var amendment = regulation.EdgeTo("amends", "regulation:cn-graphite-2006-50");
        Assert.Equal("2023-10-20", amendment.Text("date"));
        Assert.Contains("source:iea-policy-graphite-2023", amendment.SourceIds());
    }

    [Theory]
    [InlineData("2023-07-31", false)]
    [InlineData("2023-08-01", true)]
    public async Task RegulationsInForce_RestrictingGallium_StartWithTheAugust2023Controls(string day, bool expected)
    {
        var response = await _client.QueryAsync("query($on: Date!) { regulationsInForce(on: $on, restricting: \"element:ga\") { id } }", new { on = day });

        var ids = response.DataWithoutErrors()["regulationsInForce"]!.AsArray().Select(r => r!["id"]!.GetValue<string>());
        Assert.Equal(expected, ids.Contains("regulation:cn-mofcom-2023-23"));
    }
}
