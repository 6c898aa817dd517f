using System.Text;
using MineralGraph.GraphSchema;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>The model's searchable properties: read from model.json, and refused where a store could not index them alike.</summary>
public sealed class GraphModelSearchTests
{
    private static GraphModel Load(string mineProperties, string siteProperties) =>
        GraphModel.Load(new MemoryStream(Encoding.UTF8.GetBytes($$"""
            {
              "labels": [
                { "name": "Mine", "plural": "mines", "description": "A mine.", "properties": [ {{mineProperties}} ] },
                { "name": "Site", "plural": "sites", "description": "A site.", "properties": [ {{siteProperties}} ] }
              ],
              "relationships": []
            }
            """)));

    [Fact]
    public void Load_SearchableProperties_AreListedOnceByName()
    {
        var model = Load("""{ "name": "code", "type": "string", "description": "Code.", "search": true }, { "name": "region", "type": "string", "description": "Region." }""",
            """{ "name": "code", "type": "string", "description": "Code.", "search": true }""");

        Assert.Equal(["code"], model.SearchableProperties);
        Assert.True(model.GetLabel("Site").FindProperty("code")!.Searchable);
        Assert.False(model.GetLabel("Mine").FindProperty("region")!.Searchable);
    }

    [Fact]
    public void Load_NameSearchableOnOneLabelOnly_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load("""{ "name": "code", "type": "string", "description": "Code.", "search": true }""",
            """{ "name": "code", "type": "string", "description": "Code." }"""));

        Assert.Equal("Property 'code' is searchable on Mine but not on Site; set \"search\": true on every 'code' or on none.", error.Message);
    }

    [Fact]
    public void Load_SearchableNumber_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load("""{ "name": "depth", "type": "int", "description": "Depth.", "search": true }""", ""));

        Assert.Equal("Property 'depth' of Mine is searchable but not a string; only string properties can be searched.", error.Message);
    }
}
