using MineralGraph.Store;

namespace MineralGraph.Seed.Tests.Dataset;

/// <summary>
/// The coverage minimums of the knowledge graph (issue 3), asserted on seed/data as the seed
/// reader reads it. A minimum that the sources could not yet fill is a skipped test naming the gap.
/// </summary>
public sealed class CoverageTests
{
    private const string ReoProduct = "product:rare-earth-oxides-reo";

    private static readonly (string Symbol, int Z, string Category)[] RareEarths =
    [
        ("Sc", 21, "other"), ("Y", 39, "HREE"), ("La", 57, "LREE"), ("Ce", 58, "LREE"), ("Pr", 59, "LREE"), ("Nd", 60, "LREE"),
        ("Pm", 61, "LREE"), ("Sm", 62, "LREE"), ("Eu", 63, "LREE"), ("Gd", 64, "LREE"), ("Tb", 65, "HREE"), ("Dy", 66, "HREE"),
        ("Ho", 67, "HREE"), ("Er", 68, "HREE"), ("Tm", 69, "HREE"), ("Yb", 70, "HREE"), ("Lu", 71, "HREE"),
    ];

    // The 50 entries of the 2022 Final List of Critical Minerals (87 FR 10381).
    private static readonly string[] UsCriticalMinerals2022 =
    [
        "Al", "Sb", "As", "Be", "Bi", "Ce", "Cs", "Cr", "Co", "Dy", "Er", "Eu", "Gd", "Ga", "Ge", "C", "Hf", "Ho", "In", "Ir", "La", "Li", "Lu", "Mg",
        "Mn", "Nd", "Ni", "Nb", "Pd", "Pt", "Pr", "Rh", "Rb", "Ru", "Sm", "Sc", "Ta", "Te", "Tb", "Tm", "Sn", "Ti", "W", "V", "Yb", "Y", "Zn", "Zr",
    ];

    private static readonly string[] UsCriticalMineralsOtherThanElements2022 = ["mineral:barite", "mineral:fluorspar"];

    private static readonly string[] UsCriticalMineralsAdded2025 = ["Ag", "B", "Cu", "Pb", "Re", "Si", "U"];

    private static readonly string[] UsCriticalMineralsOtherThanElementsAdded2025 = ["mineral:coking-coal", "mineral:phosphate", "mineral:potash"];

    private static readonly string[] CountryShareElements = ["element:ga", "element:ge", "element:c", "element:w", "element:sb", "element:co", "element:ni", "element:li"];

    [Fact]
    public async Task Elements_AllSeventeenRareEarthsWithAtomicNumbersAndTheUsgsLightHeavySplit()
    {
        var dataset = await SeedData.DatasetAsync();
        var bySymbol = dataset.Nodes("Element").ToDictionary(e => (string)e["symbol"]!);

        Assert.All(RareEarths, ree =>
        {
            var element = bySymbol[ree.Symbol];
            Assert.Equal((long)ree.Z, element["atomicNumber"]);
            Assert.Equal(ree.Category, element["category"]);
            Assert.Equal(true, element["isRareEarth"]);
        });
        Assert.Equal(17, dataset.Nodes("Element").Count(e => e["isRareEarth"] is true));
    }

    [Fact]
    public async Task Lists_EveryEntryOfTheUs2022CriticalMineralsListIsListedWithItsYear()
    {
        var dataset = await SeedData.DatasetAsync();
        var symbols = dataset.Nodes("Element").ToDictionary(e => e.Id, e => (string)e["symbol"]!);
        var listed = dataset.Relationships("LISTS").Where(r => r.StartId == "regulation:us-critical-minerals-list-2022").ToList();

        Assert.All(listed, r => Assert.Equal(2022L, r["year"]));
        Assert.Equal(UsCriticalMinerals2022.Order(), listed.Where(r => symbols.ContainsKey(r.EndId)).Select(r => symbols[r.EndId]).Order());
        Assert.Equal(UsCriticalMineralsOtherThanElements2022, listed.Where(r => !symbols.ContainsKey(r.EndId)).Select(r => r.EndId).Order());
        Assert.Equal("list", dataset.Nodes("Regulation").Single(r => r.Id == "regulation:us-critical-minerals-list-2022")["kind"]);
    }

    [Fact]
    public async Task Lists_TheUs2025CriticalMineralsListHasThe2022EntriesPlusItsTenAdditions()
    {
        var dataset = await SeedData.DatasetAsync();
        var symbols = dataset.Nodes("Element").ToDictionary(e => e.Id, e => (string)e["symbol"]!);
        var listed = dataset.Relationships("LISTS").Where(r => r.StartId == "regulation:us-critical-minerals-list-2025").ToList();

        Assert.Equal(60, listed.Count);
        Assert.All(listed, r => Assert.Equal(2025L, r["year"]));
        Assert.Equal(UsCriticalMinerals2022.Concat(UsCriticalMineralsAdded2025).Order(), listed.Where(r => symbols.ContainsKey(r.EndId)).Select(r => symbols[r.EndId]).Order());
        Assert.Equal(UsCriticalMineralsOtherThanElements2022.Concat(UsCriticalMineralsOtherThanElementsAdded2025).Order(), listed.Where(r => !symbols.ContainsKey(r.EndId)).Select(r => r.EndId).Order());
        var added = listed.Where(r => ((string)r["designation"]!).EndsWith("(added in the 2025 update)", StringComparison.Ordinal)).Select(r => r.EndId);
        Assert.Equal(UsCriticalMineralsAdded2025.Select(s => symbols.Single(e => e.Value == s).Key).Concat(UsCriticalMineralsOtherThanElementsAdded2025).Order(), added.Order());
    }

    [Theory]
    [InlineData("regulation:eu-crma-annex-i-strategic", 17)]
    [InlineData("regulation:eu-crma-annex-ii-critical", 34)]
    public async Task Lists_EuCriticalRawMaterialsActAnnexesAreListedWithEveryDesignation(string list, int designations)
    {
        var dataset = await SeedData.DatasetAsync();
        var listed = dataset.Relationships("LISTS").Where(r => r.StartId == list).ToList();

        Assert.All(listed, r => Assert.Equal(2024L, r["year"]));
        Assert.Equal(designations, listed.Select(r => (string)r["designation"]!).Distinct().Count());
        Assert.Equal("list", dataset.Nodes("Regulation").Single(r => r.Id == list)["kind"]);
    }

    [Fact]
    public async Task Countries_EveryIso3166CountryWithCodesAndRegion()
    {
        var countries = (await SeedData.DatasetAsync()).Nodes("Country").ToList();

        Assert.True(countries.Count >= 249, $"{countries.Count} countries");
        Assert.All(countries, c =>
        {
            Assert.Equal($"country:{((string)c["iso2"]!).ToLowerInvariant()}", c.Id);
            Assert.Equal(3, ((string)c["iso3"]!).Length);
        });
        Assert.True(countries.Count(c => c["region"] is string) >= 248);
    }

    [Fact]
    public async Task Statistics_RareEarthMineProductionAndReservesForTwoYearsInTonnesReoWithWorldTotals()
    {
        var dataset = await SeedData.DatasetAsync();
        var mining = dataset.Relationships("PRODUCES_SHARE").Where(r => r.EndId == ReoProduct && (string?)r["stage"] == "mining" && r["tonnes"] is not null).ToList();
        var reserves = dataset.Relationships("HOLDS_RESERVES").Where(r => r.EndId == ReoProduct).ToList();

        Assert.True(mining.Select(r => r["year"]).Distinct().Count() >= 2);
        Assert.True(reserves.Select(r => r["year"]).Distinct().Count() >= 2);
        Assert.All(mining.Concat(reserves), r => Assert.Equal("t REO", r["unit"]));
        Assert.Contains(mining, r => r["worldTonnes"] is not null);
        Assert.Contains(reserves, r => r["worldTonnes"] is not null);
        Assert.True(mining.Count(r => (long)r["year"]! == 2024) >= 10);
    }

    [Theory]
    [InlineData("element:c")]
    [InlineData("element:w")]
    [InlineData("element:sb")]
    [InlineData("element:co")]
    [InlineData("element:ni")]
    [InlineData("element:li")]
    public async Task Statistics_CountryMiningSharesWithUnits(string element)
    {
        var mining = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").Where(r => r.EndId == element && (string?)r["stage"] == "mining").ToList();

        Assert.True(mining.Select(r => r.StartId).Distinct().Count() >= 5, $"{element}: {mining.Count} mining rows");
        Assert.All(mining.Where(r => r["tonnes"] is not null), r => Assert.NotNull(r["unit"]));
    }

    [Theory]
    [InlineData("element:ga")]
    [InlineData("element:ge")]
    [InlineData("element:c")]
    [InlineData("element:co")]
    [InlineData("element:ni")]
    [InlineData("element:li")]
    public async Task Statistics_CountryRefiningShares(string element)
    {
        var refining = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").Where(r => r.EndId == element && (string?)r["stage"] == "refining").ToList();

        Assert.Contains(refining, r => r.StartId == "country:cn");
    }

    [Theory(Skip = "Gap: no source read gives per-country refining shares (or refinery output with a world total) for tungsten or antimony with year and basis; USGS MCS gives mine production only, and the EU CRM 2023 study's processing-stage shares were seen only in an unofficial tabulation that gives no reference year; 0 of 2 elements covered; see seed/DATA.md, Known gaps")]
    [InlineData("element:w")]
    [InlineData("element:sb")]
    public async Task Statistics_CountryRefiningSharesOfTungstenAndAntimony(string element)
    {
        var refining = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").Where(r => r.EndId == element && (string?)r["stage"] == "refining");

        Assert.NotEmpty(refining);
    }

    [Fact]
    public async Task Statistics_EveryCountryShareElementHasSourcedRows()
    {
        var shares = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").ToList();

        Assert.All(CountryShareElements, e => Assert.Contains(shares, r => r.EndId == e));
    }

    [Fact]
    public async Task Statistics_ChinasSharesOfRareEarthRefiningAndMagnetMaking()
    {
        var shares = (await SeedData.DatasetAsync()).Relationships("PRODUCES_SHARE").Where(r => r.StartId == "country:cn").ToList();

        Assert.Contains(shares, r => r.EndId == ReoProduct && (string?)r["stage"] == "refining" && r["sharePct"] is double);
        Assert.Contains(shares, r => (string?)r["stage"] == "magnet" && (string?)r["qualifier"] == "more than" && r["min"] is double && r["sharePct"] is null);
    }

    [Fact]
    public async Task Companies_AtLeastFortyWithOwnershipStateOwnershipAndTheChinaRareEarthGroupMerger()
    {
        var dataset = await SeedData.DatasetAsync();
        var companies = dataset.Nodes("Company").ToList();

        Assert.True(companies.Count >= 40, $"{companies.Count} companies");
        Assert.True(companies.Count(c => (string?)c["kind"] == "state-owned") >= 5);
        Assert.True(dataset.Relationships("SUBSIDIARY_OF").Count() >= 5);
        Assert.True(dataset.Relationships("OWNS").Count(r => r["stakePct"] is double) >= 5);
        Assert.True(dataset.Relationships("MERGED_INTO").Count(r => r.EndId == "company:china-rare-earth-group" && r["date"] is DateOnly) >= 2);
        foreach (var country in new[] { "country:cn", "country:us", "country:au", "country:jp" })
        {
            Assert.Contains(dataset.Relationships("HEADQUARTERED_IN"), r => r.StartId.StartsWith("company:", StringComparison.Ordinal) && r.EndId == country);
        }
    }

    [Theory]
    [InlineData("Mine", 30)]
    [InlineData("Facility", 25)]
    public async Task Sites_EnoughWithCountryStatusAndOperatorOrOwner(string label, int minimum)
    {
        var dataset = await SeedData.DatasetAsync();
        var sites = dataset.Nodes(label).ToList();
        var located = dataset.Relationships("LOCATED_IN").Select(r => r.StartId).ToHashSet();
        var run = dataset.Relationships("OPERATES").Concat(dataset.Relationships("OWNS")).Select(r => r.EndId).ToHashSet();

        Assert.True(sites.Count >= minimum, $"{sites.Count} {label} nodes");
        Assert.All(sites, s => Assert.Contains(s.Id, located));
        Assert.True(sites.Count(s => s["status"] is string) >= minimum * 2 / 3);
        Assert.True(sites.Count(s => run.Contains(s.Id)) >= minimum / 2);
    }

    [Fact]
    public async Task Sites_AtLeastTwentyFiveFacilitiesHaveCoordinates()
    {
        var facilities = (await SeedData.DatasetAsync()).Nodes("Facility").ToList();

        Assert.True(facilities.Count(s => s["latitude"] is double && s["longitude"] is double) >= 25);
    }

    [Fact]
    public async Task Sites_AtLeastThirtyMinesHaveCoordinates()
    {
        var mines = (await SeedData.DatasetAsync()).Nodes("Mine").ToList();

        Assert.True(mines.Count(s => s["latitude"] is double && s["longitude"] is double) >= 30);
    }

    [Fact]
    public async Task Applications_AtLeastFortyAcrossTheFiveSectorsWithChainsDownToMaterials()
    {
        var dataset = await SeedData.DatasetAsync();
        var applications = dataset.Nodes("Application").ToList();
        var requires = dataset.Relationships("REQUIRES").Select(r => r.StartId).ToHashSet();
        var dependsOn = dataset.Relationships("DEPENDS_ON").ToLookup(r => r.StartId, r => r.EndId);

        bool Reaches(string id, HashSet<string> seen) => requires.Contains(id) || dependsOn[id].Any(next => seen.Add(next) && Reaches(next, seen));

        Assert.True(applications.Count >= 40, $"{applications.Count} applications");
        Assert.All(new[] { "defense", "energy", "automotive", "electronics", "medical" }, sector => Assert.Contains(applications, a => (string?)a["sector"] == sector));
        Assert.True(applications.Count(a => Reaches(a.Id, [])) >= 40);
        Assert.True(dataset.Relationships("DEPENDS_ON").Count() >= 25);
    }

    [Fact]
    public async Task Regulations_AtLeastThirtyFiveWithIssuerDatesStatusAndLinks()
    {
        var dataset = await SeedData.DatasetAsync();
        var regulations = dataset.Nodes("Regulation").ToList();
        var issued = dataset.Relationships("ISSUED_BY").Select(r => r.StartId).ToHashSet();

        Assert.True(regulations.Count >= 35, $"{regulations.Count} regulations");
        Assert.All(regulations, r => Assert.Contains(r.Id, issued));
        Assert.True(regulations.Count(r => r["announced"] is DateOnly || r["effective"] is DateOnly) >= 35);
        Assert.True(regulations.Count(r => r["status"] is string) >= 35);
        Assert.True(dataset.Relationships("RESTRICTS").Count(r => r["effective"] is DateOnly) >= 30);
        Assert.NotEmpty(dataset.Relationships("TARGETS"));
        Assert.NotEmpty(dataset.Relationships("AMENDS"));
        Assert.NotEmpty(dataset.Relationships("SUSPENDS"));
        Assert.NotEmpty(dataset.Relationships("RESPONDS_TO"));
        foreach (var code in new[] { "EO 13817", "EO 14017" })
        {
            Assert.Contains(regulations, r => ((string?)r["code"])?.Contains(code, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task Makes_CompaniesMakeTheApplicationsAndMagnets()
    {
        var makes = (await SeedData.DatasetAsync()).Relationships("MAKES").ToList();

        Assert.Contains(makes, r => r.StartId == "company:lockheed-martin" && r.EndId == "application:f-35");
        Assert.Contains(makes, r => r.StartId == "company:raytheon" && r.EndId == "application:tomahawk-missile");
        Assert.True(makes.Count(r => r.EndId == "application:electric-vehicle") >= 2);
        Assert.True(makes.Count(r => r.EndId == "application:wind-turbine") >= 3);
        Assert.True(makes.Count(r => r.EndId == "product:sintered-ndfeb-magnet") >= 5);
    }

    [Fact]
    public async Task Sources_EveryNodeAndRelationshipCitesAnExistingSource()
    {
        var dataset = await SeedData.DatasetAsync();
        var sources = dataset.Nodes("Source").Select(s => s.Id).ToHashSet();

        static IReadOnlyList<string> Cited(IReadOnlyDictionary<string, object?> properties) => properties.GetValueOrDefault("sources") as IReadOnlyList<string> ?? [];

        Assert.All(dataset.Nodes, n => Assert.True(Cited(n.Properties).Count > 0 && Cited(n.Properties).All(sources.Contains), n.Id));
        Assert.All(dataset.Relationships, r => Assert.True(Cited(r.Properties).Count > 0 && Cited(r.Properties).All(sources.Contains), r.Key));
        Assert.All(dataset.Nodes("Source"), s => Assert.True(s["publisher"] is string && s["url"] is string && s["title"] is string, s.Id));
    }
}
