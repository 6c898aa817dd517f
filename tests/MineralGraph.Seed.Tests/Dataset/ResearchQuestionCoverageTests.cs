using MineralGraph.Store;

namespace MineralGraph.Seed.Tests.Dataset;

/// <summary>
/// The coverage the researchers' questions need (issue 14), one test per category, asserted on seed/data as
/// the seed reader reads it: uses, material intensity, ownership and control, sites, regulations,
/// statistics and companies. A minimum that the sources could not yet fill is a skipped test naming the gap
/// (see seed/DATA.md, Known gaps).
/// </summary>
public sealed class ResearchQuestionCoverageTests
{
    private static readonly string[] Lists =
    [
        "regulation:us-critical-minerals-list-2022", "regulation:us-critical-minerals-list-2025",
        "regulation:eu-crma-annex-i-strategic", "regulation:eu-crma-annex-ii-critical",
    ];

    private static readonly string[] DefencePlatforms = ["application:f-35", "application:arleigh-burke-destroyer", "application:virginia-class-submarine"];

    private static readonly string[] ProjectsOutsideChina =
    [
        "mine:bear-lodge", "mine:bokan-dotson-ridge", "mine:dubbo-toongi", "mine:cummins-range", "mine:koppamurra", "mine:strange-lake", "mine:wicheeda",
        "mine:ashram", "mine:makuutu", "mine:steenkampskraal", "mine:caldeira", "mine:araxa", "mine:fen", "mine:per-geijer", "mine:tomtor",
    ];

    private static bool Figure(RelationshipRecord r) => r["kgPerUnit"] is double || r["min"] is double || r["max"] is double;

    [Fact]
    public async Task Uses_NoElementOnTheUsOrEuListsWithoutAUseWithItsRoleAndSource()
    {
        var dataset = await SeedData.DatasetAsync();
        var elements = dataset.Nodes("Element").Select(e => e.Id).ToHashSet();
        var listed = dataset.Relationships("LISTS").Where(r => Lists.Contains(r.StartId) && elements.Contains(r.EndId)).Select(r => r.EndId).ToHashSet();
        var used = dataset.Relationships("REQUIRES").Where(r => r["role"] is string && elements.Contains(r.EndId)).Select(r => r.EndId).ToHashSet();

        Assert.True(listed.Count >= 55, $"{listed.Count} listed elements");
        Assert.Empty(listed.Except(used).Order());
    }

    [Fact]
    public async Task Uses_EachOfTheSeventeenRareEarthsHasAUse_AndTheMainUsesArePresent()
    {
        var dataset = await SeedData.DatasetAsync();
        var rareEarths = dataset.Nodes("Element").Where(e => e["isRareEarth"] is true).Select(e => e.Id).ToHashSet();
        var requires = dataset.Relationships("REQUIRES").Where(r => rareEarths.Contains(r.EndId) && r["role"] is string).ToList();

        Assert.Equal(17, rareEarths.Count);
        Assert.Equal(rareEarths.Order(), requires.Select(r => r.EndId).Distinct().Order());
        foreach (var use in new[]
                 {
                     "application:lighting-phosphor", "application:solid-state-laser", "application:fiber-optic-amplifier", "application:polishing-powder",
                     "application:catalytic-converter", "application:petroleum-refining-catalyst", "application:nimh-battery", "application:electronic-warfare-system",
                     "application:night-vision-device", "application:naval-sonar",
                 })
        {
            Assert.Contains(requires, r => r.StartId == use);
        }

        Assert.Contains(dataset.Relationships("DEPENDS_ON"), r => r.StartId == "application:radar-system" && r.EndId == "application:rare-earth-permanent-magnet-component");
    }

    [Fact]
    public async Task Intensity_EveryDefencePlatformHasSourcedQuantities_WithTheDisputesAsSeparateRows()
    {
        var requires = (await SeedData.DatasetAsync()).Relationships("REQUIRES").ToList();

        Assert.All(DefencePlatforms, platform =>
        {
            var figures = requires.Where(r => r.StartId == platform && Figure(r)).ToList();
            Assert.True(figures.Count >= 2, $"{platform}: {figures.Count} figures");
            Assert.True(figures.SelectMany(f => (IReadOnlyList<string>)f["sources"]!).Distinct().Count() >= 2, platform);
        });
        Assert.True(requires.Count(r => r.StartId == "application:f-35" && Figure(r)) >= 4);
    }

    [Fact]
    public async Task Intensity_BoundsAreNeverStoredAsFigures_AndTurbinesAndVehiclesHaveTheirs()
    {
        var requires = (await SeedData.DatasetAsync()).Relationships("REQUIRES").ToList();

        Assert.All(requires.Where(r => r["qualifier"] is "more than" or "at least"), r => Assert.Null(r["kgPerUnit"]));
        Assert.Contains(requires, r => r.StartId == "application:wind-turbine-pm-generator" && (string?)r["perUnit"] == "MW of capacity" && r["min"] is double && r["max"] is double);
        Assert.Contains(requires, r => r.StartId == "application:wind-turbine-pm-generator" && r["kgPerUnit"] is double);
        Assert.Contains(requires, r => r.StartId == "application:toyota-prius" && Figure(r));
    }

    [Fact(Skip = "Gap: no per-vehicle quantity for the battery electric vehicle, the EV traction motor or the hybrid vehicle, and none for the Columbia-class submarine or the Tomahawk missile, was found in a source that could be read here (the pages found give ranges without a citable origin); see seed/DATA.md, Known gaps")]
    public async Task Intensity_EveryVehicleAndMissileHasAQuantity()
    {
        var requires = (await SeedData.DatasetAsync()).Relationships("REQUIRES").ToList();

        Assert.All(new[] { "application:electric-vehicle", "application:ev-traction-motor", "application:hybrid-vehicle", "application:columbia-class-submarine", "application:tomahawk-missile" },
            a => Assert.Contains(requires, r => r.StartId == a && Figure(r)));
    }

    [Fact]
    public async Task Ownership_StateSupervisorsOwnAndSuperviseAndEveryChineseProducerHasAParentOrStateOwner()
    {
        var dataset = await SeedData.DatasetAsync();
        var owns = dataset.Relationships("OWNS").ToList();
        var subsidiaryOf = dataset.Relationships("SUBSIDIARY_OF").ToList();
        var chinese = dataset.Relationships("HEADQUARTERED_IN").Where(r => r.EndId == "country:cn" && r.StartId.StartsWith("company:", StringComparison.Ordinal)).Select(r => r.StartId).ToHashSet();
        var producers = new[] { "company:china-rare-earth-group", "company:china-northern-rare-earth", "company:shenghe-resources", "company:xiamen-tungsten", "company:cmoc" };

        Assert.Contains(owns, r => r.StartId == "agency:sasac" && r.EndId == "company:china-rare-earth-group" && r["stakePct"] is double);
        Assert.True(dataset.Relationships("SUPERVISES").Count() >= 2);
        Assert.All(producers, p => Assert.Contains(p, chinese));
        Assert.All(producers, p => Assert.True(owns.Any(r => r.EndId == p) || subsidiaryOf.Any(r => r.StartId == p), $"{p} has no owner or parent"));
        Assert.True(owns.Count(r => r.StartId.StartsWith("agency:", StringComparison.Ordinal)) >= 3);
        Assert.True(owns.Count(r => r["stakePct"] is double) >= 45, $"{owns.Count(r => r["stakePct"] is double)} stakes");
    }

    [Fact]
    public async Task Ownership_AcquisitionsWithDatePriceAndCurrency_AndAnArmedGroupControllingAMine()
    {
        var dataset = await SeedData.DatasetAsync();
        var acquired = dataset.Relationships("ACQUIRED").ToList();

        Assert.True(acquired.Count >= 6, $"{acquired.Count} acquisitions");
        Assert.All(acquired, a => Assert.True(a["date"] is DateOnly || a["year"] is long, a.Key));
        Assert.True(acquired.Count(a => a["price"] is double && a["currency"] is string) >= 4);
        Assert.Contains(dataset.Nodes("Organization"), o => (string?)o["kind"] == "armed group");
        Assert.Contains(dataset.Relationships("CONTROLS"), r => r.EndId == "mine:pangwa-chipwi" && r["since"] is DateOnly);
        Assert.Contains(dataset.Relationships("SUPPLIES"), r => r["tonnesPerYear"] is double && r["termYears"] is double);
        Assert.Contains(dataset.Relationships("SUPPORTS"), r => r.StartId == "agency:us-dod" && r["stakePct"] is double);
    }

    [Fact]
    public async Task Sites_FifteenRareEarthProjectsOutsideChinaWithLocationOwnerAndStage()
    {
        var dataset = await SeedData.DatasetAsync();
        var mines = dataset.Nodes("Mine").ToDictionary(m => m.Id);
        var located = dataset.Relationships("LOCATED_IN").ToLookup(r => r.StartId);
        var owned = dataset.Relationships("OWNS").Select(r => r.EndId).ToHashSet();

        Assert.All(ProjectsOutsideChina, id =>
        {
            var mine = mines[id];
            Assert.True(mine["status"] is string, id);
            Assert.Contains(id, owned);
            var place = Assert.Single(located[id]);
            Assert.NotEqual("country:cn", place.EndId);
            Assert.True(place["region"] is string, id);
        });
        Assert.True(ProjectsOutsideChina.Count(id => mines[id]["projectStage"] is string) >= 12);
        Assert.True(ProjectsOutsideChina.Count(id => located[id].Single()["nearestTown"] is string) >= 14);
    }

    [Fact]
    public async Task Sites_UsSitesHaveTheirCountyAndNearestTown_AndFacilitiesTheirOpeningAndPlannedCapacity()
    {
        var dataset = await SeedData.DatasetAsync();
        var us = dataset.Relationships("LOCATED_IN").Where(r => r.EndId == "country:us" && !r.StartId.StartsWith("company:", StringComparison.Ordinal)).ToList();
        var facilities = dataset.Nodes("Facility").ToList();

        Assert.True(us.Count(r => r["district"] is string) >= 18, $"{us.Count(r => r["district"] is string)} of {us.Count} US sites with a county");
        Assert.True(us.Count(r => r["nearestTown"] is string) >= 18);
        Assert.True(facilities.Count(f => f["commissioned"] is DateOnly || f["commissionedYear"] is long) >= 8);
        Assert.True(facilities.Count(f => f["plannedCapacityTpa"] is double && f["capacityUnit"] is string) >= 8);
        Assert.True(facilities.Count(f => f["targetYear"] is long) >= 4);
    }

    [Fact(Skip = "Gap: a county, census division or local government area for every site in Canada and Australia: only Greenbushes (Shire of Bridgetown-Greenbushes) and Eneabba (Shire of Carnamah) of 24 have one from a source read here; US sites other than Mountain Pass processing, Bokan, Elk Creek, Halleck Creek and Stibnite have theirs; see seed/DATA.md, Known gaps")]
    public async Task Sites_EverySiteInTheUsCanadaAndAustraliaHasItsDistrict()
    {
        var located = (await SeedData.DatasetAsync()).Relationships("LOCATED_IN")
            .Where(r => r.EndId is "country:us" or "country:ca" or "country:au" && !r.StartId.StartsWith("company:", StringComparison.Ordinal)).ToList();

        Assert.All(located, r => Assert.True(r["district"] is string, r.StartId));
    }

    [Fact]
    public async Task Regulations_LifecycleDatesImplementingRulesAndRestrictionsOfMinesAndRegions()
    {
        var dataset = await SeedData.DatasetAsync();
        var regulations = dataset.Nodes("Regulation").ToList();
        var restricts = dataset.Relationships("RESTRICTS").ToList();

        Assert.True(regulations.Count(r => r["adopted"] is DateOnly && r["published"] is DateOnly && r["entryIntoForce"] is DateOnly) >= 4);
        Assert.All(regulations.Where(r => r["adopted"] is DateOnly a && r["entryIntoForce"] is DateOnly e && a > e), r => Assert.Fail($"{r.Id} enters into force before it is adopted"));
        Assert.NotEmpty(dataset.Relationships("IMPLEMENTS"));
        Assert.Contains(restricts, r => r.EndId.StartsWith("mine:", StringComparison.Ordinal) && r["condition"] is string);
        Assert.Contains(restricts, r => r.EndId.StartsWith("country:", StringComparison.Ordinal) && r["measure"] is string);
    }

    [Fact]
    public async Task Statistics_EveryCountryInAnMcs2025TableHasBothItsYears_AndBoundsAreKeptAsBounds()
    {
        var shares = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").ToList();

        foreach (var source in new[] { "source:usgs-mcs-2025-cobalt", "source:usgs-mcs-2025-antimony", "source:usgs-mcs-2025-nickel", "source:usgs-mcs-2025-tungsten", "source:usgs-mcs-2025-graphite", "source:usgs-mcs-2025-gallium" })
        {
            var rows = shares.Where(r => ((IReadOnlyList<string>)r["sources"]!).Contains(source)).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows.GroupBy(r => (r.StartId, r.EndId, (string?)r["stage"])), g =>
                Assert.Equal([2023L, 2024L], g.Select(r => (long)r["year"]!).Order().ToList()));
        }

        Assert.All(shares.Where(r => r["qualifier"] is "more than" or "at least"), r => Assert.Null(r["sharePct"]));
    }

    [Fact]
    public async Task Companies_FoundingYearsForTheMajorProducers()
    {
        var companies = (await SeedData.DatasetAsync()).Nodes("Company").ToList();

        Assert.True(companies.Count(c => c["founded"] is long) >= 15, $"{companies.Count(c => c["founded"] is long)} founding years");
        Assert.All(new[] { "company:lynas", "company:mp-materials", "company:china-rare-earth-group", "company:cmoc", "company:umicore" },
            id => Assert.IsType<long>(companies.Single(c => c.Id == id)["founded"]));
    }
}
