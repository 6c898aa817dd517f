using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Who makes what, corporate links, official list membership, and which applications need an element.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class CompanyAndListQuestionTests(SeededApiFactory api)
{
    private const string ListedBy = "... on Element { listedBy(first: 50) { edges { year designation sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task F35_IsMadeByLockheedMartinAndNeedsSamariumCobaltMagnets()
    {
        var f35 = await _client.NodeAsync("application:f-35", """
            ... on Application { madeBy { edges { sources { id } node { id } } } requires { edges { role sources { id } node { id } } } }
            """);

        Assert.Equal(["source:slashgear-f35-2025"], f35.EdgeTo("madeBy", "company:lockheed-martin").SourceIds());
        Assert.Equal(["source:aviationweek-f35-magnet-2022"], f35.EdgeTo("requires", "product:smco-magnet").SourceIds());
    }

    [Fact]
    public async Task Tomahawk_IsMadeByRaytheonARtxUnit()
    {
        var tomahawk = await _client.NodeAsync("application:tomahawk-missile", "... on Application { madeBy { edges { sources { id } node { id ... on Company { subsidiaryOf { edges { sources { id } node { id } } } } } } } }");

        var raytheon = tomahawk.EdgeTo("madeBy", "company:raytheon");
        Assert.Contains("source:kgun9-tomahawk-2021", raytheon.SourceIds());
        Assert.Contains("source:ktar-raytheon-rtx-2024", raytheon["node"]!.EdgeTo("subsidiaryOf", "company:rtx").SourceIds());
    }

    [Fact]
    public async Task ElectricVehicles_AreMadeByBydTeslaAndGm_AndGmsMagnetsComeFromVac()
    {
        var ev = await _client.NodeAsync("application:electric-vehicle", "... on Application { madeBy { edges { sources { id } node { id } } } }");
        var gm = await _client.NodeAsync("company:general-motors", "... on Company { suppliedBy { edges { product sources { id } node { id } } } }");

        Assert.Superset(new HashSet<string> { "company:byd", "company:tesla", "company:general-motors" }, ev.EdgeIds("madeBy").ToHashSet());
        Assert.Equal(["source:newsographics-byd-tesla-2024"], ev.EdgeTo("madeBy", "company:byd").SourceIds());
        var vac = gm.EdgeTo("suppliedBy", "company:vacuumschmelze");
        Assert.Contains("magnets", vac.Text("product"), StringComparison.Ordinal);
        Assert.Contains("source:greencarcongress-gm-vac-2021", vac.SourceIds());
    }

    [Fact]
    public async Task SinteredNdfebMagnets_AreMadeByJapaneseChineseEuropeanAndUsMakers()
    {
        var magnet = await _client.NodeAsync("product:sintered-ndfeb-magnet", "... on Product { madeBy(first: 50) { edges { sources { id } node { id } } } }");

        Assert.Superset(
            new HashSet<string> { "company:shin-etsu", "company:proterial", "company:jl-mag", "company:vacuumschmelze", "company:noveon-magnetics", "company:neo-performance-materials" },
            magnet.EdgeIds("madeBy").ToHashSet());
        Assert.Equal(["source:rex-jlmag-baotou-2025"], magnet.EdgeTo("madeBy", "company:jl-mag").SourceIds());
    }

    [Fact]
    public async Task WindTurbines_AreMadeByVestasSiemensGamesaAndGoldwind()
    {
        var turbine = await _client.NodeAsync("application:wind-turbine", "... on Application { madeBy { edges { sources { id } node { id } } } }");

        Assert.Superset(new HashSet<string> { "company:vestas", "company:siemens-gamesa", "company:goldwind" }, turbine.EdgeIds("madeBy").ToHashSet());
        Assert.Equal(["source:companygraph-goldwind"], turbine.EdgeTo("madeBy", "company:goldwind").SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthGroup_WasFormedFromChinalcoRareEarthAndChinaSouthernOn23December2021()
    {
        var creg = await _client.NodeAsync("company:china-rare-earth-group", "... on Company { kind mergedFrom { edges { date sources { id } node { id } } } subsidiaries { edges { node { id } } } }");

        Assert.Equal(["company:china-southern-rare-earth", "company:chinalco-rare-earth"], creg.EdgeIds("mergedFrom").Order(StringComparer.Ordinal));
        var merger = creg.EdgeTo("mergedFrom", "company:china-southern-rare-earth");
        Assert.Equal("2021-12-23", merger.Text("date"));
        Assert.Equal(["source:spglobal-creg-2021"], merger.SourceIds());
        Assert.Contains("company:china-minmetals-rare-earth", creg.EdgeIds("subsidiaries"));
    }

    [Fact]
    public async Task Search_ByTheAliasCreg_FindsChinaRareEarthGroup()
    {
        var response = await _client.QueryAsync("""{ search(text: "CREG", labels: [Company]) { node { id } } }""");

        Assert.Equal("company:china-rare-earth-group", response.DataWithoutErrors()["search"]![0]!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dysprosium_IsOnTheUs2022ListAndBothEuCrmaAnnexes()
    {
        var dysprosium = await _client.NodeAsync("element:dy", ListedBy);

        var us = dysprosium.EdgeTo("listedBy", "regulation:us-critical-minerals-list-2022");
        Assert.Equal(2022, us["year"]!.GetValue<int>());
        Assert.Contains("source:fedreg-2022-04027", us.SourceIds());
        Assert.Equal("Rare earth elements for magnets", dysprosium.EdgeTo("listedBy", "regulation:eu-crma-annex-i-strategic").Text("designation"));
        var critical = dysprosium.EdgeTo("listedBy", "regulation:eu-crma-annex-ii-critical");
        Assert.Equal("Heavy rare earth elements", critical.Text("designation"));
        Assert.Equal(2024, critical["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Copper_WasAddedToTheUsListIn2025AndIsStrategicInTheEu()
    {
        var copper = await _client.NodeAsync("element:cu", ListedBy);

        Assert.DoesNotContain("regulation:us-critical-minerals-list-2022", copper.EdgeIds("listedBy"));
        Assert.Equal(2025, copper.EdgeTo("listedBy", "regulation:us-critical-minerals-list-2025")["year"]!.GetValue<int>());
        Assert.Equal(["source:eurlex-2024-1252", "source:nicola-bernard-crma-2024"], copper.EdgeTo("listedBy", "regulation:eu-crma-annex-i-strategic").SourceIds().Order());
    }

    [Fact]
    public async Task EuAnnexII_ListsBaryteAndThirtyFourDesignations()
    {
        var annex = await _client.NodeAsync("regulation:eu-crma-annex-ii-critical", "... on Regulation { kind lists(first: 100) { totalCount edges { designation node { id } } } }");

        Assert.Equal(Expect.Enum("list"), annex.Text("kind"));
        Assert.Equal("Baryte", annex.EdgeTo("lists", "mineral:barite").Text("designation"));
        Assert.Equal(34, annex.Edges("lists").Select(e => e.Text("designation")).Distinct().Count());
    }

    [Fact]
    public async Task Dependents_OfGadolinium_IncludeTheMriContrastAgent()
    {
        var response = await _client.QueryAsync("""{ dependents(of: ["element:gd"]) { dependent { id } chain { relationships { type sources { id } } } } }""");

        var contrast = Assert.Single(response.DataWithoutErrors()["dependents"]!.AsArray(), d => d!["dependent"]!["id"]!.GetValue<string>() == "application:gadolinium-contrast-agent")!;
        Assert.Contains("source:molycorp-health-care", contrast["chain"]!["relationships"]![0]!.SourceIds());
    }

    [Fact]
    public async Task Dependents_OfHelium_ReachTheMriScannerThroughItsSuperconductingMagnet()
    {
        var response = await _client.QueryAsync("""{ dependents(of: ["element:he"]) { dependent { id } chain { nodes { id } } } }""");

        var scanner = Assert.Single(response.DataWithoutErrors()["dependents"]!.AsArray(), d => d!["dependent"]!["id"]!.GetValue<string>() == "application:mri-scanner")!;
        Assert.Equal(["application:mri-scanner", "application:mri-superconducting-magnet", "element:he"], scanner["chain"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Dependents_OfSamariumCobaltMagnets_IncludeTheTomahawkAndTheF35()
    {
        var response = await _client.QueryAsync("""{ dependents(of: ["product:smco-magnet"]) { dependent { id } } }""");

        var dependents = response.DataWithoutErrors()["dependents"]!.AsArray().Select(d => d!["dependent"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("application:tomahawk-missile", dependents);
        Assert.Contains("application:f-35", dependents);
    }

    [Fact]
    public async Task HardDiskDrives_AreMadeByWesternDigitalAndNeedNeodymiumAndDysprosium()
    {
        var hdd = await _client.NodeAsync("application:hard-disk-drive", "... on Application { madeBy { edges { node { id } } } requires { edges { sources { id } node { id } } } }");

        Assert.Contains("company:western-digital", hdd.EdgeIds("madeBy"));
        Assert.Equal(["source:marketscreener-wd-hdd-recycling"], hdd.EdgeTo("requires", "element:dy").SourceIds());
    }

    [Fact]
    public async Task UsList2025_NamesSixtyMineralsPublishedOn7November2025_AndKeepsTellurium()
    {
        var list = await _client.NodeAsync("regulation:us-critical-minerals-list-2025", "... on Regulation { announced lists(first: 100) { totalCount edges { designation sources { id } node { id } } } }");
        var tellurium = await _client.NodeAsync("element:te", ListedBy);

        Assert.Equal("2025-11-07", list.Text("announced"));
        Assert.Equal(60, list["lists"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Potash (added in the 2025 update)", list.EdgeTo("lists", "mineral:potash").Text("designation"));
        Assert.Contains("source:doi-final-list-2025", list.EdgeTo("lists", "mineral:potash").SourceIds());
        var kept = tellurium.EdgeTo("listedBy", "regulation:us-critical-minerals-list-2025");
        Assert.Equal("Tellurium", kept.Text("designation"));
        Assert.Contains("source:itt-usgs-list-2025", kept.SourceIds());
        Assert.Contains("regulation:us-critical-minerals-list-2022", tellurium.EdgeIds("listedBy"));
    }

    [Fact]
    public async Task HardDiskDrives_AreAlsoMadeBySeagate_AndTdkMakesTheirHeadsAndRareEarthMagnets()
    {
        var hdd = await _client.NodeAsync("application:hard-disk-drive", "... on Application { madeBy { edges { sources { id } node { id } } } dependsOn { edges { node { id } } } }");
        var tdk = await _client.NodeAsync("company:tdk", "... on Company { makes { edges { sources { id } node { id } } } headquarteredIn { edges { node { id } } } }");

        Assert.Superset(new HashSet<string> { "company:seagate", "company:western-digital" }, hdd.EdgeIds("madeBy").ToHashSet());
        Assert.Contains("source:resource-recycling-dell-seagate", hdd.EdgeTo("madeBy", "company:seagate").SourceIds());
        Assert.Contains("application:hdd-recording-head", hdd.EdgeIds("dependsOn"));
        Assert.Contains("source:infonetwork-hdd-heads-2010", tdk.EdgeTo("makes", "application:hdd-recording-head").SourceIds());
        Assert.Contains("source:roskill-tdk-showa-denko", tdk.EdgeTo("makes", "application:rare-earth-permanent-magnet-component").SourceIds());
        Assert.Equal(["country:jp"], tdk.EdgeIds("headquarteredIn"));
    }

    [Fact]
    public async Task ToyotaPrius_IsMadeByToyotaAndItsMotorMagnetsNeedNeodymiumAndDysprosium()
    {
        var prius = await _client.NodeAsync("application:toyota-prius", "... on Application { madeBy { edges { node { id } } } requires { edges { role kgPerUnit qualifier min sources { id } node { id } } } }");

        Assert.Equal(["company:toyota"], prius.EdgeIds("madeBy"));
        Assert.Equal("motor magnets", prius.EdgeTo("requires", "element:nd").Text("role"));
        Assert.Equal(["source:inautonews-toyota-ree"], prius.EdgeTo("requires", "element:dy").SourceIds());
        var lanthanum = prius.EdgeTo("requires", "element:la");
        Assert.StartsWith("battery: \"more than 20 pounds (9.1 kg)\" of lanthanum", lanthanum.Text("role"));
        Assert.Equal(Expect.Enum("more than"), lanthanum.Text("qualifier"));
        Assert.Equal(9.1, lanthanum.Number("min"));
        Assert.Null(lanthanum["kgPerUnit"]);
    }

    [Fact]
    public async Task Dependents_OfDysprosium_IncludeTheToyotaPriusWhichToyotaMakes()
    {
        var response = await _client.QueryAsync("""{ dependents(of: ["element:dy"]) { dependent { id } } }""");
        var toyota = await _client.NodeAsync("company:toyota", "... on Company { makes { edges { node { id } } } }");

        var dependents = response.DataWithoutErrors()["dependents"]!.AsArray().Select(d => d!["dependent"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("application:toyota-prius", dependents);
        Assert.Contains("application:hybrid-vehicle", toyota.EdgeIds("makes"));
    }
}
