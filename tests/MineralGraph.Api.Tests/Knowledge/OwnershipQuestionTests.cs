using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// Who owns, supervises, controls and bought what (#14, ownership and control): state-asset supervisors owning
/// and supervising Chinese producers, the parents of Chinese producers, stakes, acquisitions with date, price and
/// currency, government equity, offtake volumes and terms, and an armed group controlling a mine.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class OwnershipQuestionTests(SeededApiFactory api)
{
    private const string CompanyOwners = "... on Company { kind ownedBy(first: 50) { edges { stakePct qualifier sources { id } node { id } } } subsidiaryOf { edges { stakePct sources { id } node { id } } } supervisedBy { edges { sources { id } node { id } } } }";
    private const string Acquisitions = "... on Company { acquired { edges { date year stakePct price currency qualifier sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task ChinaRareEarthGroup_IsOwned3121PercentBySasac_WhichAlsoSupervisesIt()
    {
        var creg = await _client.NodeAsync("company:china-rare-earth-group", CompanyOwners);

        var sasac = creg.EdgeTo("ownedBy", "agency:sasac");
        Assert.Equal(31.21, sasac.Number("stakePct"));
        Assert.Contains("source:yicai-creg-shareholders-2021", sasac.SourceIds());
        Assert.Contains("source:cmgroup-creg-2021", creg.EdgeTo("supervisedBy", "agency:sasac").SourceIds());
    }

    [Fact]
    public async Task ChinaRareEarthGroup_WasFoundedByMinmetalsChinalcoAndGanzhouWith2033PercentEach()
    {
        var creg = await _client.NodeAsync("company:china-rare-earth-group", CompanyOwners);

        foreach (var founder in new[] { "company:china-minmetals", "company:chinalco", "company:ganzhou-rare-earth-group" })
        {
            var stake = creg.EdgeTo("ownedBy", founder);
            Assert.Equal(20.33, stake.Number("stakePct"));
            Assert.Contains("source:yicai-creg-shareholders-2021", stake.SourceIds());
        }
    }

    [Fact]
    public async Task ChinaRareEarthGroup_GrinmAndCisriHold39PercentEach_AndTheStakesAddUpTo100()
    {
        var creg = await _client.NodeAsync("company:china-rare-earth-group", CompanyOwners);

        Assert.Equal(3.9, creg.EdgeTo("ownedBy", "company:grinm").Number("stakePct"));
        Assert.Equal(3.9, creg.EdgeTo("ownedBy", "company:cisri").Number("stakePct"));
        Assert.Equal(100, Math.Round(creg.Edges("ownedBy").Sum(e => e.Number("stakePct")), 2));
        Assert.Contains("source:cmgroup-creg-2021", creg.EdgeTo("ownedBy", "company:cisri").SourceIds());
    }

    [Fact]
    public async Task Sasac_SupervisesChinaMinmetals()
    {
        var sasac = await _client.NodeAsync("agency:sasac", "... on Agency { supervises { edges { sources { id } node { id } } } owns { edges { stakePct node { id } } } }");

        Assert.Contains("source:minmetals-sasac-2019", sasac.EdgeTo("supervises", "company:china-minmetals").SourceIds());
        Assert.Equal(["company:china-rare-earth-group"], sasac.EdgeIds("owns"));
    }

    [Fact]
    public async Task ChinaNorthernRareEarth_IsASubsidiaryOfStateOwnedBaogangGroup()
    {
        var northern = await _client.NodeAsync("company:china-northern-rare-earth", CompanyOwners);
        var baogang = await _client.NodeAsync("company:baogang-group", "... on Company { kind sources { id } }");

        Assert.Contains("source:bloomberg-baotou-2014", northern.EdgeTo("subsidiaryOf", "company:baogang-group").SourceIds());
        Assert.Equal(Expect.Enum("state-owned"), baogang.Text("kind"));
    }

    [Fact]
    public async Task XiamenTungsten_Is3271PercentFujianRareEarthGroup_WhoseParentFujianSasacOwns80Percent()
    {
        var xiamen = await _client.NodeAsync("company:xiamen-tungsten", CompanyOwners);
        var fujian = await _client.NodeAsync("company:fujian-rare-earth-group", CompanyOwners);
        var metallurgical = await _client.NodeAsync("company:fujian-metallurgical-holding", CompanyOwners);

        var parent = xiamen.EdgeTo("subsidiaryOf", "company:fujian-rare-earth-group");
        Assert.Equal(32.71, parent.Number("stakePct"));
        Assert.Equal(["source:jogmec-xiamen-tungsten-2014"], parent.SourceIds());
        Assert.Equal(["company:fujian-metallurgical-holding"], fujian.EdgeIds("subsidiaryOf"));
        var state = metallurgical.EdgeTo("ownedBy", "agency:fujian-sasac");
        Assert.Equal(80, state.Number("stakePct"));
        Assert.Equal(["source:steelorbis-fujian-sasac"], state.SourceIds());
    }

    [Fact]
    public async Task ShengheResources_IsAboutOneFifthOwnedByTheChengduInstituteOfTheChinaGeologicalSurvey()
    {
        var shenghe = await _client.NodeAsync("company:shenghe-resources", CompanyOwners);

        var institute = shenghe.EdgeTo("ownedBy", "agency:imumr");
        Assert.Equal(Expect.Enum("about"), institute.Text("qualifier"));
        Assert.Equal(20, institute.Number("stakePct"));
        Assert.Equal(["source:jichanglulu-shenghe-gme-2016"], institute.SourceIds());
    }

    [Fact]
    public async Task Cmoc_IsOwnedByCathayFortuneAndCatl()
    {
        var cmoc = await _client.NodeAsync("company:cmoc", CompanyOwners);

        Assert.Equal(30.19, cmoc.EdgeTo("ownedBy", "company:cathay-fortune").Number("stakePct"));
        var catl = cmoc.EdgeTo("ownedBy", "company:catl");
        Assert.Equal(24.68, catl.Number("stakePct"));
        Assert.Equal(["source:wikipedia-cmoc"], catl.SourceIds());
    }

    [Fact]
    public async Task MpMaterials_IsAbout77PercentShenghe_AndAbout15PercentUsDepartmentOfDefense()
    {
        var mp = await _client.NodeAsync("company:mp-materials", CompanyOwners + " ... on Company { supportedBy { edges { stakePct qualifier amountUsd instrument sources { id } node { id } } } }");

        var shenghe = mp.EdgeTo("ownedBy", "company:shenghe-resources");
        Assert.Equal(7.7, shenghe.Number("stakePct"));
        Assert.Equal(Expect.Enum("about"), shenghe.Text("qualifier"));
        Assert.Equal(["source:wikipedia-mp-materials"], shenghe.SourceIds());
        var dod = mp.EdgeTo("supportedBy", "agency:us-dod");
        Assert.Equal(15, dod.Number("stakePct"));
        Assert.Equal(Expect.Enum("about"), dod.Text("qualifier"));
        Assert.Equal(400000000, dod.Number("amountUsd"));
        Assert.Contains("source:fas-dod-mp-2025", dod.SourceIds());
    }

    [Fact]
    public async Task RareElementResources_Is54PercentGeneralAtomics()
    {
        var rer = await _client.NodeAsync("company:rare-element-resources", CompanyOwners);

        var ga = rer.EdgeTo("ownedBy", "company:general-atomics");
        Assert.Equal(54, ga.Number("stakePct"));
        Assert.Equal(["source:cowboystate-rer-2024"], ga.SourceIds());
    }

    [Fact]
    public async Task Polymetal_Holds91PercentOfThreeArc_TheTomtorDeveloper()
    {
        var threeArc = await _client.NodeAsync("company:threearc-mining", CompanyOwners);

        var polymetal = threeArc.EdgeTo("ownedBy", "company:polymetal");
        Assert.Equal(9.1, polymetal.Number("stakePct"));
        Assert.Equal(["source:reuters-tomtor-2021"], polymetal.SourceIds());
    }

    [Fact]
    public async Task Umicore_BoughtKokkolaIn2019ForUsd203Million()
    {
        var umicore = await _client.NodeAsync("company:umicore", Acquisitions);

        var kokkola = umicore.EdgeTo("acquired", "facility:umicore-kokkola");
        Assert.Equal(2019, kokkola["year"]!.GetValue<int>());
        Assert.Equal(203000000, kokkola.Number("price"));
        Assert.Equal("USD", kokkola.Text("currency"));
        Assert.Contains("source:cen-umicore-kokkola-2019", kokkola.SourceIds());
    }

    [Fact]
    public async Task MitsubishiMaterials_CompletedTheHcStarckPurchaseOn17December2024ForUsd1345Million()
    {
        var mmc = await _client.NodeAsync("company:mitsubishi-materials", Acquisitions);

        var hcs = mmc.EdgeTo("acquired", "company:hc-starck-tungsten");
        Assert.Equal("2024-12-17", hcs.Text("date"));
        Assert.Equal(100, hcs.Number("stakePct"));
        Assert.Equal(134500000, hcs.Number("price"));
        Assert.Equal("USD", hcs.Text("currency"));
        Assert.Contains("source:vietjo-mmc-hcs-2024", hcs.SourceIds());
    }

    [Fact]
    public async Task MineralResources_BoughtBaldHillIn2023ForAboutAud260Million()
    {
        var minres = await _client.NodeAsync("company:mineral-resources", Acquisitions);

        var baldHill = minres.EdgeTo("acquired", "mine:bald-hill");
        Assert.Equal(2023, baldHill["year"]!.GetValue<int>());
        Assert.Equal(Expect.Enum("about"), baldHill.Text("qualifier"));
        Assert.Equal(260000000, baldHill.Number("price"));
        Assert.Equal("AUD", baldHill.Text("currency"));
        Assert.Contains("source:nsenergy-minres-bald-hill-2023", baldHill.SourceIds());
    }

    [Fact]
    public async Task GreenlandMinerals_Was1251PercentBoughtByShengheIn2016()
    {
        var gme = await _client.NodeAsync("company:greenland-minerals", "... on Company { acquiredBy { edges { year stakePct sources { id } node { id } } } }");

        var shenghe = gme.EdgeTo("acquiredBy", "company:shenghe-resources");
        Assert.Equal(2016, shenghe["year"]!.GetValue<int>());
        Assert.Equal(12.51, shenghe.Number("stakePct"));
        Assert.Contains("source:jichanglulu-shenghe-gme-2016", shenghe.SourceIds());
    }

    [Fact]
    public async Task Araxa_WasBoughtByStGeorgeMiningForUsd21Million_AndHarjavaltaByNornickelIn2007()
    {
        var araxa = await _client.NodeAsync("mine:araxa", "... on Mine { acquiredBy { edges { year price currency sources { id } node { id } } } }");
        var nornickel = await _client.NodeAsync("company:nornickel", Acquisitions);

        var stGeorge = araxa.EdgeTo("acquiredBy", "company:st-george-mining");
        Assert.Equal(21000000, stGeorge.Number("price"));
        Assert.Equal("USD", stGeorge.Text("currency"));
        Assert.Contains("source:businessnews-stgeorge-araxa-2024", stGeorge.SourceIds());
        var harjavalta = nornickel.EdgeTo("acquired", "company:norilsk-nickel-harjavalta");
        Assert.Equal(2007, harjavalta["year"]!.GetValue<int>());
        Assert.Equal(["source:nornickel-ar2019-harjavalta"], harjavalta.SourceIds());
    }

    [Fact]
    public async Task KachinIndependenceArmy_AnArmedGroup_HasControlledPangwaChipwiSince19October2024()
    {
        var kia = await _client.NodeAsync("organization:kachin-independence-army", "... on Organization { kind controls { edges { since sources { id } node { id } } } headquarteredIn { edges { node { id } } } }");

        Assert.Equal(Expect.Enum("armed group"), kia.Text("kind"));
        var pangwa = kia.EdgeTo("controls", "mine:pangwa-chipwi");
        Assert.Equal("2024-10-19", pangwa.Text("since"));
        Assert.Contains("source:dvb-kia-special-region-1-2024", pangwa.SourceIds());
        Assert.Equal(["country:mm"], kia.EdgeIds("headquarteredIn"));
    }

    [Fact]
    public async Task PangwaChipwi_AnswersWhoControlsIt()
    {
        var mine = await _client.NodeAsync("mine:pangwa-chipwi", "... on Mine { controlledBy { edges { since sources { id } node { id ... on Organization { kind } } } } }");

        var controller = Assert.Single(mine.Edges("controlledBy"));
        Assert.Equal("organization:kachin-independence-army", controller["node"]!["id"]!.GetValue<string>());
        Assert.Contains("source:irrawaddy-kia-pangwa", controller.SourceIds());
    }

    [Fact]
    public async Task SyrahResources_SuppliesTesla8000TonnesAYearForAnInitialFourYears()
    {
        var syrah = await _client.NodeAsync("company:syrah-resources", "... on Company { supplies { edges { tonnesPerYear termYears sources { id } node { id } } } }");

        var tesla = syrah.EdgeTo("supplies", "company:tesla");
        Assert.Equal(8000, tesla.Number("tonnesPerYear"));
        Assert.Equal(4, tesla.Number("termYears"));
        Assert.Contains("source:natchezdemocrat-syrah-tesla-2021", tesla.SourceIds());
    }

    [Fact]
    public async Task CriticalMetals_OffersUcoreTanbreezRareEarthsForAtLeastTenYears()
    {
        var criticalMetals = await _client.NodeAsync("company:critical-metals-corp", "... on Company { supplies { edges { termYears qualifier min sources { id } node { id } } } }");

        var ucore = criticalMetals.EdgeTo("supplies", "company:ucore-rare-metals");
        Assert.Null(ucore["termYears"]);
        Assert.Equal(Expect.Enum("at least"), ucore.Text("qualifier"));
        Assert.Equal(10, ucore.Number("min"));
        Assert.Equal(["source:rawmaterials-tanbreez-ucore"], ucore.SourceIds());
    }
}
