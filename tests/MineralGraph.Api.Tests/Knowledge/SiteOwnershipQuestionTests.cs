using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>Who owns and runs mines and plants, and where they are, each answer with its source.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class SiteOwnershipQuestionTests(SeededApiFactory api)
{
    private const string Owners = "... on Mine { ownedBy(first: 50) { edges { stakePct sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task TenkeFungurume_IsEightyPercentCmocAndTwentyPercentGecamines()
    {
        var mine = await _client.NodeAsync("mine:tenke-fungurume", Owners);

        var cmoc = mine.EdgeTo("ownedBy", "company:cmoc");
        Assert.Equal(80, cmoc.Number("stakePct"));
        Assert.Contains("source:metalnomist-cmoc-2024", cmoc.SourceIds());
        var gecamines = mine.EdgeTo("ownedBy", "company:gecamines");
        Assert.Equal(20, gecamines.Number("stakePct"));
        Assert.Contains("source:inn-cobalt-mines-2024", gecamines.SourceIds());
    }

    [Fact]
    public async Task Kisanfu_IsOwnedByCmocAndCatlsBrunpWithTheirStakes()
    {
        var mine = await _client.NodeAsync("mine:kisanfu", Owners);

        Assert.Equal(71.25, mine.EdgeTo("ownedBy", "company:cmoc").Number("stakePct"));
        var brunp = mine.EdgeTo("ownedBy", "company:brunp");
        Assert.Equal(23.75, brunp.Number("stakePct"));
        Assert.Equal(["source:metalnomist-cmoc-2024"], brunp.SourceIds());
    }

    [Fact]
    public async Task MountWeld_IsOperatedByLynasInWesternAustralia()
    {
        var mine = await _client.NodeAsync("mine:mount-weld", """
            ... on Mine { operatedBy { edges { sources { id } node { id } } }
                          locatedIn { edges { region sources { id } node { id } } } }
            """);

        Assert.Contains("source:firmsworld-lynas-2025", mine.EdgeTo("operatedBy", "company:lynas").SourceIds());
        var place = mine.EdgeTo("locatedIn", "country:au");
        Assert.Equal("Western Australia", place.Text("region"));
        Assert.Contains("source:wikipedia-mount-weld", place.SourceIds());
    }

    [Fact]
    public async Task MountainPass_IsRunByMpMaterialsAndProduced45000TonnesOfConcentrateIn2024()
    {
        var mine = await _client.NodeAsync("mine:mountain-pass", """
            ... on Mine { operatedBy { edges { sources { id } node { id } } }
                          produces { edges { tonnesPerYear year sources { id } node { id } } } }
            """);

        Assert.Contains("source:fortworthinc-mp-2025", mine.EdgeTo("operatedBy", "company:mp-materials").SourceIds());
        var output = mine.EdgeTo("produces", "product:rare-earth-concentrate");
        Assert.Equal(45000, output.Number("tonnesPerYear"));
        Assert.Equal(2024, output["year"]!.GetValue<int>());
        Assert.Contains("source:usgs-mcs-2025-ree", output.SourceIds());
    }

    [Fact]
    public async Task MountainPass_LiesAtThePorterGeoDepositPoint()
    {
        var mine = await _client.NodeAsync("mine:mountain-pass", "... on Mine { latitude longitude locationPrecision sources { id } }");

        Assert.Equal(35.478333, mine.Number("latitude"));
        Assert.Equal(Expect.Enum("site"), mine.Text("locationPrecision"));
        Assert.Equal(-115.532222, mine.Number("longitude"));
        Assert.Contains("source:portergeo-mountain-pass", mine.SourceIds());
    }

    [Fact]
    public async Task VulcanElementsMagnetPlant_IsInBensonNorthCarolinaAtTheGazetteerTownPoint()
    {
        var facility = await _client.NodeAsync("facility:vulcan-10k-magnet", "... on Facility { latitude longitude locationPrecision sources { id } locatedIn { edges { region sources { id } node { id } } } }");

        Assert.Equal(35.38211, facility.Number("latitude"));
        Assert.Equal(Expect.Enum("town"), facility.Text("locationPrecision"));
        Assert.Contains("source:geonames-cities-json-1-1-64", facility.SourceIds());
        var place = facility.EdgeTo("locatedIn", "country:us");
        Assert.Equal("North Carolina (Benson)", place.Text("region"));
        Assert.Contains("source:nc-governor-vulcan-benson-2025", place.SourceIds());
    }

    [Fact]
    public async Task MountainPassProcessing_MadeNdprOxideIn2024()
    {
        var facility = await _client.NodeAsync("facility:mp-mountain-pass-processing", "... on Facility { produces { edges { tonnesPerYear year sources { id } node { id } } } }");

        var ndpr = facility.EdgeTo("produces", "product:ndpr-oxide");
        Assert.Equal(1300, ndpr.Number("tonnesPerYear"));
        Assert.Equal(["source:mp-sec-2025-01-22"], ndpr.SourceIds());
    }
}
