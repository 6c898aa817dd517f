using System.Text;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Validation;
using MineralGraph.Store;

namespace MineralGraph.Seed.Tests.Dataset;

public sealed class DatasetIntegrityCheckTests
{
    private static readonly string[] Cited = ["source:s"];

    private static NodeRecord Node(string id, string label, string name, params (string Key, object? Value)[] properties)
    {
        var all = new Dictionary<string, object?> { ["name"] = name, ["sources"] = Cited };
        foreach (var (key, value) in properties)
        {
            all[key] = value;
        }

        return new NodeRecord(id, label, all);
    }

    private static RelationshipRecord Relationship(string type, string start, string end, params (string Key, object? Value)[] properties)
    {
        var all = new Dictionary<string, object?> { ["sources"] = Cited };
        foreach (var (key, value) in properties)
        {
            all[key] = value;
        }

        return new RelationshipRecord($"{start}|{type}|{end}", type, start, end, all);
    }

    private static DatasetIntegrity Check(NodeRecord[] nodes, params RelationshipRecord[] relationships) =>
        DatasetIntegrityCheck.Check(new GraphDataset([Node("source:s", "Source", "S"), .. nodes], relationships));

    [Fact]
    public void Check_CleanDataset_HasNoProblems()
    {
        var integrity = Check([Node("country:cn", "Country", "China", ("iso2", "CN"), ("iso3", "CHN")), Node("element:co", "Element", "Cobalt", ("atomicNumber", 27L))],
            Relationship("PRODUCES_SHARE", "country:cn", "element:co", ("year", 2024L), ("tonnes", 10.0), ("unit", "t contained Co"), ("worldTonnes", 100.0), ("sharePct", 10.0)));

        Assert.True(integrity.IsClean, string.Join("\n", integrity.Problems));
        Assert.Empty(integrity.Warnings);
    }

    [Theory]
    [InlineData("more than", 85.0, null, true)]
    [InlineData("range", 10.0, 20.0, true)]
    [InlineData("at most", null, 5.0, true)]
    [InlineData("more than", null, null, false)]
    [InlineData("range", 20.0, 10.0, false)]
    [InlineData(null, 85.0, null, false)]
    [InlineData("about", 85.0, null, false)]
    public void Check_ABoundOrRange_LivesInMinAndMaxWithItsQualifier(string? qualifier, double? min, double? max, bool clean)
    {
        var share = Relationship("PRODUCES_SHARE", "country:cn", "element:nd", ("stage", "magnet"), ("year", 2025L), ("qualifier", qualifier), ("min", min), ("max", max));

        var integrity = Check([Node("country:cn", "Country", "China", ("iso2", "CN")), Node("element:nd", "Element", "Neodymium")], share);

        Assert.Equal(clean, integrity.IsClean);
    }

    [Fact]
    public void Check_NodeWithoutSources_IsAProblem()
    {
        var unsourced = new NodeRecord("element:co", "Element", new Dictionary<string, object?> { ["name"] = "Cobalt" });

        var problem = Assert.Single(Check([unsourced]).Problems);

        Assert.Equal("nodes/Element.csv", problem.File);
        Assert.Equal("sources", problem.Column);
    }

    [Fact]
    public void Check_SourceNodeWithoutSources_IsFine()
    {
        var citation = new NodeRecord("source:usgs", "Source", new Dictionary<string, object?> { ["name"] = "USGS MCS 2025" });

        Assert.True(Check([citation]).IsClean);
    }

    [Fact]
    public void Check_RelationshipWithEmptySources_IsAProblem()
    {
        var relationship = new RelationshipRecord("k", "LISTS", "regulation:r", "element:co", new Dictionary<string, object?> { ["sources"] = Array.Empty<string>() });

        var problem = Assert.Single(Check([], relationship).Problems);

        Assert.Contains("cites no source", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasUsedByTwoNodesOfOneLabel_IsAProblemNamingBoth()
    {
        var integrity = Check([
            Node("company:a", "Company", "China Rare Earth Group", ("aliases", new[] { "CREG" })),
            Node("company:b", "Company", "Creg", ("aliases", Array.Empty<string>()))]);

        var problem = Assert.Single(integrity.Problems);
        Assert.Contains("company:a", problem.Message, StringComparison.Ordinal);
        Assert.Contains("company:b", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameNameUnderTwoLabels_IsFine()
    {
        var integrity = Check([Node("element:c", "Element", "Graphite"), Node("mineral:graphite", "Mineral", "Graphite")]);

        Assert.True(integrity.IsClean, string.Join("\n", integrity.Problems));
    }

    [Theory]
    [InlineData("PRODUCES_SHARE")]
    [InlineData("HOLDS_RESERVES")]
    public void Check_TonnesWithoutUnit_IsAProblem(string type)
    {
        var problem = Assert.Single(Check([], Relationship(type, "country:cn", "element:co", ("year", 2024L), ("tonnes", 5.0))).Problems);

        Assert.Equal("unit", problem.Column);
    }

    [Fact]
    public void Check_TonnesAboveTheWorldTotal_IsAProblem()
    {
        var integrity = Check([], Relationship("PRODUCES_SHARE", "country:cn", "element:co", ("year", 2024L), ("tonnes", 500.0), ("unit", "t"), ("worldTonnes", 100.0)));

        Assert.Equal("worldTonnes", Assert.Single(integrity.Problems).Column);
    }

    [Theory]
    [InlineData("sharePct", 101.0)]
    [InlineData("stakePct", -1.0)]
    [InlineData("tonnes", -3.0)]
    public void Check_NumberOutOfRange_IsAProblem(string property, double value)
    {
        var integrity = Check([], Relationship("OWNS", "company:a", "mine:m", (property, value), ("unit", "t")));

        Assert.Equal(property, Assert.Single(integrity.Problems).Column);
    }

    [Fact]
    public void Check_YearAndDateOutsidePlausibleRange_AreProblems()
    {
        var integrity = Check([Node("regulation:r", "Regulation", "R", ("announced", new DateOnly(1066, 10, 14)))],
            Relationship("PRODUCES_SHARE", "country:cn", "element:co", ("year", 20240L)));

        Assert.Equal(["announced", "year"], integrity.Problems.Select(p => p.Column).Order());
    }

    [Fact]
    public void Check_EffectiveBeforeAnnounced_IsAWarningNotAProblem()
    {
        var integrity = Check([Node("regulation:r", "Regulation", "R", ("announced", new DateOnly(2025, 4, 4)), ("effective", new DateOnly(2025, 4, 1)))]);

        Assert.True(integrity.IsClean);
        Assert.Equal("effective", Assert.Single(integrity.Warnings).Column);
    }

    [Fact]
    public void Check_UntilBeforeEffective_IsAProblem()
    {
        var integrity = Check([], Relationship("RESTRICTS", "regulation:r", "element:ga", ("effective", new DateOnly(2023, 8, 1)), ("until", new DateOnly(2023, 7, 1))));

        Assert.Equal("until", Assert.Single(integrity.Problems).Column);
    }

    [Fact]
    public void Check_RareEarthCategoryWithoutFlagAndImpossibleAtomicNumber_AreProblems()
    {
        var integrity = Check([Node("element:x", "Element", "X", ("atomicNumber", 130L), ("category", "HREE"), ("isRareEarth", false))]);

        Assert.Equal(["atomicNumber", "isRareEarth"], integrity.Problems.Select(p => p.Column).Order());
    }

    [Fact]
    public void Check_CoordinatesOutOfRangeAndBadIsoCode_AreProblems()
    {
        var integrity = Check([
            Node("mine:m", "Mine", "M", ("latitude", 95.0), ("longitude", -200.0), ("locationPrecision", "site")),
            Node("country:x", "Country", "X", ("iso2", "x1"))]);

        Assert.Equal(["iso2", "latitude", "longitude"], integrity.Problems.Select(p => p.Column).Order());
    }

    [Fact]
    public void Check_PointWithoutPrecisionOrHalfAPoint_AreProblems()
    {
        var integrity = Check([
            Node("mine:m", "Mine", "M", ("latitude", 1.0), ("longitude", 2.0)),
            Node("facility:f", "Facility", "F", ("latitude", 1.0)),
            Node("facility:g", "Facility", "G", ("latitude", 1.0), ("longitude", 2.0), ("locationPrecision", "town"))]);

        Assert.Equal(["facility:f: give latitude and longitude together, or neither", "mine:m: say what its latitude/longitude mark: site, district or town"],
            integrity.Problems.Select(p => p.Message).Order());
    }

    [Fact]
    public void Check_NumberOutsideARangeOfAnotherModel_IsAProblemNamingTheModelsRange()
    {
        var model = GraphModel.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "labels": [ { "name": "Mine", "plural": "mines", "description": "A mine.", "properties": [ { "name": "depth", "type": "float", "minimum": 0, "maximum": 4000, "description": "Depth in metres." } ] } ],
              "relationships": []
            }
            """)));
        var dataset = new GraphDataset([Node("mine:deep", "Mine", "Deep", ("depth", 4200.5), ("latitude", 500.0), ("longitude", 0.0), ("locationPrecision", "site"))], []);

        var problem = Assert.Single(DatasetIntegrityCheck.Check(dataset, model).Problems);

        Assert.Equal("depth", problem.Column);
        Assert.Equal("mine:deep: depth 4200.5 is out of range; depth must be from 0 to 4000", problem.Message);
    }
}
