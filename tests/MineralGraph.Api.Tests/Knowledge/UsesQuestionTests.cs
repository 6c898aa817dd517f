using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Knowledge;

/// <summary>
/// What each element is needed for (#14, uses): the rare earths' phosphors, lasers, amplifiers, polishing,
/// catalysts, batteries and military electronics, and the major uses of the listed critical minerals, each
/// answer with the role the source gives and its source.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class UsesQuestionTests(SeededApiFactory api)
{
    private const string Uses = "... on Element { requiredBy(first: 50) { edges { role sources { id } node { id } } } }";

    private readonly GraphQLClient _client = new(api.CreateClient());

    /// <summary>Each of the 17 rare earths, asked what it is used for.</summary>
    [Theory]
    [InlineData("element:sc", "application:solid-oxide-fuel-cell", "source:usgs-mcs-2025-scandium-text", "solid oxide fuel cells")]
    [InlineData("element:sc", "application:aluminium-alloy", "source:usgs-mcs-2025-scandium-text", "aluminum-scandium alloys")]
    [InlineData("element:y", "application:lighting-phosphor", "source:wikipedia-yttrium", "phosphors")]
    [InlineData("element:la", "application:nimh-battery", "source:compoundchem-lanthanum-2019", "hybrid car batteries")]
    [InlineData("element:la", "application:night-vision-device", "source:erean-military-ree-2017", "night-vision")]
    [InlineData("element:ce", "application:polishing-powder", "source:csmonitor-cerium-2010", "polishes glass")]
    [InlineData("element:ce", "application:catalytic-converter", "source:csmonitor-cerium-2010", "catalytic converters")]
    [InlineData("element:pr", "application:glass-and-ceramics", "source:mec-praseodymium", "didymium glass")]
    [InlineData("element:nd", "application:toyota-prius", "source:inautonews-toyota-ree", "motor magnets")]
    [InlineData("element:pm", "application:nuclear-battery", "source:ornl-promethium-2024", "nuclear batteries")]
    [InlineData("element:sm", "application:electronic-warfare-system", "source:erean-military-ree-2017", "stealth")]
    [InlineData("element:sm", "application:samarium-153-radiopharmaceutical", "source:compoundchem-samarium-2019", "Quadramet")]
    [InlineData("element:eu", "application:display-screen", "source:mec-europium", "red colour")]
    [InlineData("element:eu", "application:nuclear-reactor-control-rod", "source:mec-europium", "absorbs neutrons")]
    [InlineData("element:gd", "application:gadolinium-contrast-agent", "source:molycorp-health-care", "contrast")]
    [InlineData("element:tb", "application:lighting-phosphor", "source:compoundchem-terbium-2019", "green light")]
    [InlineData("element:tb", "application:naval-sonar", "source:compoundchem-terbium-2019", "Terfenol-D")]
    [InlineData("element:dy", "application:ev-traction-motor", "source:kachinnews-ree-2024", "electric vehicle motors")]
    [InlineData("element:ho", "application:solid-state-laser", "source:mec-holmium", "laser crystals")]
    [InlineData("element:er", "application:fiber-optic-amplifier", "source:mec-erbium", "fibre-optic amplifiers")]
    [InlineData("element:tm", "application:portable-x-ray-unit", "source:compoundchem-thulium-2019", "thulium-170")]
    [InlineData("element:yb", "application:solid-state-laser", "source:reehandbook-ytterbium", "fibre lasers")]
    [InlineData("element:lu", "application:petroleum-refining-catalyst", "source:thermofisher-lutetium-2019", "cracking")]
    public Task RareEarth_IsRequiredByItsUseWithTheRoleItsSourceGives(string element, string application, string source, string roleMentions) =>
        AssertUseAsync(element, application, source, roleMentions);

    /// <summary>Elements on the US and EU critical-mineral lists, asked for a major use (USGS MCS 2025 chapters).</summary>
    [Theory]
    [InlineData("element:cs", "application:oil-and-gas-drilling-fluid", "source:usgs-mcs-2025-cesium-text", "cesium formate brines")]
    [InlineData("element:rb", "application:atomic-frequency-standard", "source:usgs-mcs-2025-rubidium-text", "GPS")]
    [InlineData("element:te", "application:solar-cell", "source:usgs-mcs-2025-tellurium-text", "cadmium telluride")]
    [InlineData("element:te", "application:thermoelectric-device", "source:usgs-mcs-2025-tellurium-text", "bismuth telluride")]
    [InlineData("element:re", "application:gas-turbine-superalloy", "source:usgs-mcs-2025-rhenium-text", "about 80% of end uses")]
    [InlineData("element:re", "application:petroleum-refining-catalyst", "source:usgs-mcs-2025-rhenium-text", "petroleum-reforming")]
    [InlineData("element:bi", "application:bismuth-pharmaceutical", "source:usgs-mcs-2025-bismuth-text", "bismuth subsalicylate")]
    [InlineData("element:sr", "application:ceramic-ferrite-magnet", "source:usgs-mcs-2025-strontium-text", "40%")]
    [InlineData("element:hf", "application:gas-turbine-superalloy", "source:usgs-mcs-2025-zirconium-hafnium-text", "superalloys")]
    [InlineData("element:pb", "application:lead-acid-battery", "source:usgs-mcs-2025-lead-text", "86%")]
    [InlineData("element:as", "application:compound-semiconductor", "source:usgs-mcs-2025-arsenic-text", "gallium-arsenide")]
    [InlineData("element:v", "application:stainless-steel", "source:usgs-mcs-2025-vanadium-text", "more than 90%")]
    [InlineData("element:li", "application:lithium-ion-battery", "source:usgs-mcs-2025-lithium-text", "87%")]
    [InlineData("element:mg", "application:magnesium-die-casting", "source:usgs-mcs-2025-magnesium-metal-text", "65%")]
    [InlineData("element:in", "application:display-screen", "source:usgs-mcs-2025-indium-text", "indium tin oxide")]
    [InlineData("element:zn", "application:galvanized-steel", "source:usgs-mcs-2025-zinc-text", "galvanized steel")]
    [InlineData("element:sn", "application:tinplate", "source:usgs-mcs-2025-tin-text", "23%")]
    [InlineData("element:ta", "application:tantalum-capacitor", "source:usgs-mcs-2025-tantalum-text", "capacitors")]
    [InlineData("element:be", "application:beryllium-alloy-component", "source:usgs-mcs-2025-beryllium-text", "aerospace and defense 19%")]
    [InlineData("element:rh", "application:catalytic-converter", "source:usgs-mcs-2025-platinum-group-text", "emissions")]
    [InlineData("element:ru", "application:hard-disk-drive", "source:usgs-mcs-2025-platinum-group-text", "hard disks")]
    [InlineData("element:u", "application:nuclear-reactor-fuel", "source:usgs-fs-2025-3057-uranium-text", "reactor fuel")]
    public Task ListedMineral_IsRequiredByItsMajorUse(string element, string application, string source, string roleMentions) =>
        AssertUseAsync(element, application, source, roleMentions);

    private async Task AssertUseAsync(string element, string application, string source, string roleMentions)
    {
        var node = await _client.NodeAsync(element, Uses);

        var use = node.EdgeTo("requiredBy", application);
        Assert.Contains(roleMentions, use.Text("role"));
        Assert.Contains(source, use.SourceIds());
    }

    [Fact]
    public async Task Radar_DependsOnRareEarthMagnets_AndSatelliteAmplifiersNeedSamariumCobalt()
    {
        var radar = await _client.NodeAsync("application:radar-system", "... on Application { sector dependsOn { edges { sources { id } node { id } } } }");
        var satellites = await _client.NodeAsync("application:satellite-communications", "... on Application { requires { edges { role sources { id } node { id } } } }");

        Assert.Equal(Expect.Enum("defense"), radar.Text("sector"));
        Assert.Contains("application:rare-earth-permanent-magnet-component", radar.EdgeIds("dependsOn"));
        var smco = satellites.EdgeTo("requires", "product:smco-magnet");
        Assert.Contains("traveling wave tubes", smco.Text("role"));
        Assert.Equal(["source:physicstoday-smco-twt-2021"], smco.SourceIds());
    }

    [Fact]
    public async Task NavalSonar_NeedsTerbiumAndDysprosiumForTerfenolD()
    {
        var sonar = await _client.NodeAsync("application:naval-sonar", "... on Application { sector sources { id } requires { edges { role sources { id } node { id } } } }");

        Assert.Equal(Expect.Enum("defense"), sonar.Text("sector"));
        Assert.Equal(["element:dy", "element:tb"], sonar.EdgeIds("requires").Order().ToList());
        Assert.Contains("source:compoundchem-terbium-2019", sonar.EdgeTo("requires", "element:dy").SourceIds());
    }

    [Fact]
    public async Task CatalyticConverters_NeedThePlatinumGroupMetalsAndCerium()
    {
        var converter = await _client.NodeAsync("application:catalytic-converter", "... on Application { requires { edges { role sources { id } node { id } } } }");

        Assert.Superset(new HashSet<string> { "element:ce", "element:pd", "element:pt", "element:rh" }, converter.EdgeIds("requires").ToHashSet());
        Assert.Contains("source:usgs-mcs-2025-platinum-group-text", converter.EdgeTo("requires", "element:pd").SourceIds());
        Assert.Contains("source:csmonitor-cerium-2010", converter.EdgeTo("requires", "element:ce").SourceIds());
    }

    [Fact]
    public async Task SolidStateLasers_UseFourRareEarthDopants()
    {
        var lasers = await _client.NodeAsync("application:solid-state-laser", "... on Application { requires { edges { sources { id } node { id } } } }");

        Assert.Superset(new HashSet<string> { "element:eu", "element:ho", "element:sc", "element:yb" }, lasers.EdgeIds("requires").ToHashSet());
        Assert.Contains("source:mec-holmium", lasers.EdgeTo("requires", "element:ho").SourceIds());
    }
}
