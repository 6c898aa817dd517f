using System.Text.Json.Nodes;

namespace MineralGraph.Api.Tests.Explorer;

/// <summary>
/// A researcher's session in the explorer, in Debian's Chromium driven by playwright-core
/// (tests/browser/explorer.mjs), against the real API on the seed graph running with
/// GraphQL:PersistedDocuments:Mode=TrustedOnly: search and expand the graph, read sources, find a
/// path, read cobalt's concentration and a what-if, the map and the timeline, then every view at
/// phone width. Each test reads one part of the session's report, asserting what a person saw.
/// Screenshots of each view are kept in tests/artifacts/explorer.
/// </summary>
public sealed class ExplorerBrowserTests(ExplorerSessionFixture session) : IClassFixture<ExplorerSessionFixture>
{
    private JsonObject Report => session.ExitCode == 0
        ? session.Report
        : throw new Xunit.Sdk.XunitException($"The browser could not finish: {session.Report["failure"]}\n{session.Output}");

    /// <summary>"/" goes to the search; choosing "neodymium" draws its producers and the applications that need it.</summary>
    [Fact]
    public void Search_ChoosingNeodymiumByKeyboard_DrawsItsProducersAndTheApplicationsThatNeedIt()
    {
        Assert.Equal("Neighbourhood graph · MineralGraph Explorer", (string?)Report["title"]);
        Assert.True((bool)Report["searchFocused"]!, "'/' did not put the focus on the search.");
        Assert.StartsWith("NeodymiumElement", Strings(Report["searchOptions"])[0]);

        var neighbourhood = Report["neighbourhood"]!;
        Assert.EndsWith("#/graph?node=element%3And", (string?)neighbourhood["url"]);
        var relationships = Texts(neighbourhood["relationships"]);
        Assert.Contains("China —PRODUCES_SHARE→ Neodymium", relationships);
        Assert.Contains("White Mesa Mill —PROCESSES→ Neodymium", relationships);
        Assert.Contains("Toyota Prius —REQUIRES→ Neodymium", relationships);
        Assert.Contains("Hard disk drive —REQUIRES→ Neodymium", relationships);
        var nodes = Nodes(neighbourhood["nodes"]);
        Assert.Contains(("China", "Country"), nodes);
        Assert.Contains(("Toyota Prius", "Application"), nodes);
        Assert.Contains(("White Mesa Mill", "Facility"), nodes);
    }

    /// <summary>Expanding Toyota Prius by keyboard adds what it needs, what it depends on and who makes it, and the focus stays on it.</summary>
    [Fact]
    public void Expanding_ANode_AddsItsNeighbours()
    {
        var expanded = Report["expanded"]!;
        Assert.True((int)expanded["after"]! > (int)expanded["before"]!, $"Expanding added no node: {expanded.ToJsonString()}");
        var relationships = Texts(expanded["relationships"]);
        Assert.Contains("Toyota Prius —REQUIRES→ Dysprosium", relationships);
        Assert.Contains("Toyota Motor Corporation —MAKES→ Toyota Prius", relationships);
        Assert.Contains(("Dysprosium", "Element"), Nodes(expanded["nodes"]));
        Assert.Equal("Toyota Prius", (string?)expanded["focus"]);
    }

    /// <summary>Clicking a node in the drawing shows its details and draws its neighbours.</summary>
    [Fact]
    public void Clicking_ANodeInTheDrawing_ShowsItsDetailsAndExpandsIt()
    {
        var clicked = Report["clicked"]!;
        Assert.Equal("Hard disk drive", ((string?)clicked["details"])?.Trim());
        var relationships = Texts(clicked["relationships"]);
        Assert.Contains("Seagate Technology Holdings plc —MAKES→ Hard disk drive", relationships);
        Assert.Contains("Hard disk drive —DEPENDS_ON→ Hard disk drive recording head", relationships);
    }

    /// <summary>A node's and a relationship's details list their sources with publisher, date and link.</summary>
    [Fact]
    public void Details_OfANodeAndOfARelationship_ListEverySourceWithPublisherDateAndLink()
    {
        var node = Report["nodeDetails"]!;
        Assert.Equal("China", (string?)node["title"]);
        AssertSources(node["sources"]!);

        var relationship = Report["relationshipDetails"]!;
        Assert.Equal("PRODUCES_SHARE", (string?)relationship["title"]);
        Assert.Equal("China —PRODUCES_SHARE→ Neodymium", (string?)relationship["text"]);
        Assert.Contains("Stage", Strings(relationship["properties"]));
        AssertSources(relationship["sources"]!);
    }

    private static void AssertSources(JsonNode sources)
    {
        Assert.NotEmpty(sources.AsArray());
        Assert.All(sources.AsArray(), source =>
        {
            Assert.Matches("^https?://", (string?)source!["href"]);
            Assert.Matches(@"\S, \d{1,2} [A-Z][a-z]+ \d{4}$", (string?)source["meta"]);
        });
    }

    /// <summary>The shortest path from China's April 2025 controls to the Toyota Prius is listed and highlighted.</summary>
    [Fact]
    public void Paths_FromAChineseExportControlToAnApplication_AreListedAndHighlighted()
    {
        var paths = Report["paths"]!;
        Assert.Equal(
            "Export control on certain medium and heavy rare earth items —RESTRICTS→ Dysprosium ←REQUIRES— Toyota Prius",
            Strings(paths["found"])[0]);
        Assert.Equal(
            ["Dysprosium", "Export control on certain medium and heavy rare earth items", "Toyota Prius"],
            Strings(paths["nodesOnPath"]).Order());
        Assert.Equal(
            ["Export control on certain medium and heavy rare earth items —RESTRICTS→ Dysprosium", "Toyota Prius —REQUIRES→ Dysprosium"],
            Strings(paths["relationshipsOnPath"]).Order());
    }

    /// <summary>Cobalt mining: DR Congo on top with 76%, the HHI, and without DR Congo a quarter left and applications at risk.</summary>
    [Fact]
    public void SupplyChain_OfCobaltMining_ShowsDRCongoOnTopWithItsShare_AndWhatRemovingItPutsAtRisk()
    {
        var supply = Report["supply"]!;
        Assert.Equal("mining", (string?)supply["stage"]);
        Assert.Equal("2024", (string?)supply["year"]);
        Assert.Equal("Cobalt, mining, 2024: DR Congo holds the largest share, 76%.", (string?)supply["status"]);
        Assert.Equal("DR Congo 76%", (string?)supply["topShare"]);
        Assert.Equal("5,895 (highly concentrated)", (string?)supply["hhi"]);
        var first = supply["byCountry"]![0]!;
        Assert.Equal(("DR Congo", "76%"), ((string?)first["holder"], (string?)first["share"]));
        Assert.Equal(["CMOC Group Limited", "Gécamines"], supply["byCompany"]!.AsArray().Select(row => (string)row!["holder"]!));
        Assert.True((int)supply["sources"]! > 0, "The concentration lists no source.");

        var whatIf = Report["whatIf"]!;
        Assert.StartsWith("Without DR Congo: 24% of Cobalt supply at this stage is left;", (string?)whatIf["result"]);
        Assert.Equal(("Remove DR Congo", "true"), ((string?)whatIf["focus"], (string?)whatIf["pressed"]));
        Assert.Contains(Strings(whatIf["atRisk"]), risk => risk.StartsWith("Electric vehicle needs Cobalt (24% left) via Electric vehicle → Lithium-ion battery → Cobalt", StringComparison.Ordinal));
    }

    /// <summary>Exactly the sites with coordinates are drawn, each with its location precision; those without are listed; an element narrows them.</summary>
    [Fact]
    public async Task Map_DrawsTheSitesWithCoordinatesAndNoneWithout_AndNarrowsToAnElement()
    {
        var (withCoordinates, without) = await session.SitesAsync();
        var map = Report["map"]!;
        var markers = map["markers"]!.AsArray();
        Assert.Equal(withCoordinates.Order(), markers.Select(marker => (string)marker!["id"]!).Order());
        Assert.Equal(without.Order(), Strings(map["undrawn"]).Order());
        Assert.All(markers, marker => Assert.Contains((string?)marker!["precision"], new[] { "site", "district", "town" }));
        Assert.Equal($"All sites: {withCoordinates.Count} sites drawn; {without.Count} without coordinates, listed under the map.", (string?)map["status"]);

        var neodymium = Report["mapNeodymium"]!["markers"]!.AsArray().Select(marker => (string)marker!["id"]!).ToList();
        Assert.Contains("facility:lynas-malaysia", neodymium);
        Assert.Contains("mine:mountain-pass", neodymium);
        Assert.DoesNotContain("mine:kisanfu", neodymium);
        Assert.Subset(withCoordinates.ToHashSet(), neodymium.ToHashSet());
    }

    /// <summary>Moving the as-of slider changes the regulations in force; China's April 2025 controls are in force on 1 June 2025 and restrict dysprosium.</summary>
    [Fact]
    public void Timeline_AsOfSlider_ChangesTheRegulationsInForce()
    {
        const string mofcom18 = "MOFCOM/GAC Announcement No. 18 of 2025: Export control on certain medium and heavy rare earth items";
        var firstDay = Report["timelineFirstDay"]!;
        Assert.Equal("1 January 2017", (string?)firstDay["asOf"]);
        Assert.Equal("0 of 50 regulations in force on 1 January 2017.", (string?)firstDay["count"]);
        Assert.Empty(firstDay["inForce"]!.AsArray());

        var june = Report["timelineJune2025"]!;
        Assert.Equal("1 June 2025", (string?)june["asOf"]);
        Assert.Matches(@"^\d+ of 50 regulations in force on 1 June 2025\.$", (string?)june["count"]);
        Assert.Contains(mofcom18, Strings(june["inForce"]));
        Assert.Contains("Dysprosium (licence, from 4 April 2025)", Strings(june["exposure"]));
            }

    /// <summary>
    /// Revalidating with the ETag costs a 304 while nothing changed; once an editor renames a node
    /// the page shows, the page's subscription (graphql-ws on the GraphQL path) brings the new name
    /// within seconds, without the page being asked to revalidate.
    /// </summary>
    [Fact]
    public void Page_FollowsTheGraph_NotModifiedUntilAWrite_ThenTheSubscriptionBringsTheChange()
    {
        var live = Report["live"]!;
        var unchanged = live["unchanged"]!.AsArray();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, answer => Assert.Equal((true, 304), ((bool)answer!["conditional"]!, (int)answer["status"]!)));
        Assert.Equal("Toyota Prius (renamed)", (string?)live["write"]!["data"]!["updateApplication"]!["name"]);
        Assert.Contains(live["afterWrite"]!.AsArray(), answer => (bool)answer!["conditional"]! && (int)answer["status"]! == 200);
        Assert.Contains("Toyota Prius (renamed)", Strings(live["nodes"]));
        Assert.DoesNotContain("Toyota Prius", Strings(live["nodes"]));
        Assert.Equal("Live", (string?)live["indicator"]);
        var socket = Assert.Single(Strings(Report["webSockets"]).Distinct());
        Assert.Equal(new UriBuilder(session.BaseAddress) { Scheme = "ws", Path = "graphql" }.Uri, new Uri(socket));
    }

    /// <summary>No error, nothing off the origin, only trusted documents by id, every control named, every view within a phone's width.</summary>
    [Fact]
    public void Page_HasNoErrors_SendsOnlyTrustedDocumentsToItsOwnOrigin_NamesEveryControl_AndFitsAPhone()
    {
        Assert.Empty(Strings(Report["consoleErrors"]));
        Assert.Empty(Strings(Report["pageErrors"]));
        Assert.Empty(Strings(Report["offOriginRequests"]));
        Assert.Empty(Strings(Report["unnamedControls"]));

        var requests = Report["graphqlRequests"]!.AsArray();
        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            Assert.Equal("GET", (string?)request!["method"]);
            Assert.Matches("^sha256:[0-9a-f]{64}$", (string?)request["documentId"]);
            Assert.False((bool)request["hasQueryText"]!, "The page sent a document's text.");
        });

        foreach (var (view, size) in Report["phone"]!.AsObject())
        {
            Assert.True((int)size!["scrollWidth"]! <= (int)size["width"]!, $"The {view} view is wider than a phone's screen: {size.ToJsonString()}");
        }

        Assert.All(Strings(Report["screenshots"]), path => Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or blank."));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];

    private static List<string> Texts(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!["text"]!)];

    private static List<(string Name, string Label)> Nodes(JsonNode? array) =>
        [.. array!.AsArray().Select(item => ((string)item!["name"]!, (string)item["label"]!))];
}
