using System.Text;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>The model's minimum and maximum: read from model.json, and refused when they cannot mean anything.</summary>
public sealed class GraphModelRangeTests
{
    private static GraphModel Load(string properties, string relationshipProperties = "") =>
        GraphModel.Load(new MemoryStream(Encoding.UTF8.GetBytes($$"""
            {
              "labels": [ { "name": "Mine", "plural": "mines", "description": "A mine.", "properties": [ {{properties}} ] } ],
              "relationships": [ { "type": "NEAR", "from": ["Mine"], "to": ["Mine"], "out": "near", "in": "nearOf", "description": "Near.", "properties": [ {{relationshipProperties}} ] } ]
            }
            """)));

    [Fact]
    public void Load_MinimumAndMaximum_AreReadIntoTheProperty()
    {
        var model = Load("""{ "name": "latitude", "type": "float", "minimum": -90, "maximum": 90, "description": "Latitude." }, { "name": "depth", "type": "int", "minimum": 0, "description": "Depth." }""");

        var latitude = model.GetLabel("Mine").FindProperty("latitude")!;
        Assert.Equal((-90.0, 90.0), (latitude.Minimum, latitude.Maximum));
        Assert.Equal("from -90 to 90", latitude.RangeText);
        Assert.Equal("0 or more", model.GetLabel("Mine").FindProperty("depth")!.RangeText);
        Assert.Equal(["latitude", "depth"], model.RangedProperties.Select(p => p.Name));
    }

    [Theory]
    [InlineData(-90.0, true)]
    [InlineData(90.0, true)]
    [InlineData(-90.0001, false)]
    [InlineData(90.5, false)]
    public void Allows_ValueAtOrBeyondTheEnds_IncludesTheEnds(double value, bool allowed)
    {
        var latitude = Load("""{ "name": "latitude", "type": "float", "minimum": -90, "maximum": 90, "description": "Latitude." }""").GetLabel("Mine").FindProperty("latitude")!;

        Assert.Equal(allowed, latitude.Allows(value));
    }

    [Fact]
    public void Load_MinimumAboveMaximum_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load("""{ "name": "latitude", "type": "float", "minimum": 90, "maximum": -90, "description": "Latitude." }"""));

        Assert.Contains("'latitude' has minimum 90 above its maximum -90", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeOnANonNumericProperty_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load("""{ "name": "since", "type": "date", "minimum": 1900, "description": "Since." }"""));

        Assert.Contains("only int and float properties take a range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneNameWithTwoRanges_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(
            """{ "name": "year", "type": "int", "minimum": 1900, "maximum": 2100, "description": "Year." }""",
            """{ "name": "year", "type": "int", "minimum": 1950, "description": "Year." }"""));

        Assert.Contains("'year' has two ranges in the model (from 1900 to 2100 and 1950 or more)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_BoundsCoordinatesPercentagesQuantitiesYearsAndAtomicNumber()
    {
        var ranges = GraphModel.Default.RangedProperties.ToDictionary(p => p.Name, p => p.RangeText);

        Assert.Equal("from -90 to 90", ranges["latitude"]);
        Assert.Equal("from -180 to 180", ranges["longitude"]);
        Assert.Equal("from 0 to 100", ranges["sharePct"]);
        Assert.Equal("from 0 to 100", ranges["stakePct"]);
        Assert.Equal("from 1900 to 2100", ranges["year"]);
        Assert.Equal("from 1 to 118", ranges["atomicNumber"]);
        Assert.All(new[] { "tonnes", "worldTonnes", "tonnesPerYear", "capacityTpa", "kgPerUnit", "amountUsd" }, name => Assert.Equal("0 or more", ranges[name]));
    }
}
