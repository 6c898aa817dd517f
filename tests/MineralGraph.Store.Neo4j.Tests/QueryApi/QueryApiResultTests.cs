using System.Net;
using static MineralGraph.Store.Neo4j.Tests.QueryApi.QueryApiTestContext;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>Typed values in results keep their types: 64-bit integers, floats, dates, lists, maps, nodes.</summary>
public sealed class QueryApiResultTests
{
    [Fact]
    public async Task Run_TypedValues_DecodeToTheirDotNetTypes()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows(
            "\"big\", \"share\", \"day\", \"flag\", \"names\", \"row\", \"none\"",
            """
            [{"$type": "Integer", "_value": "9007199254740993"}, {"$type": "Float", "_value": "69.5"}, {"$type": "Date", "_value": "2023-08-01"},
             {"$type": "Boolean", "_value": false}, {"$type": "List", "_value": [{"$type": "String", "_value": "Nd"}]},
             {"$type": "Map", "_value": {"year": {"$type": "Integer", "_value": "2024"}}}, {"$type": "Null", "_value": null}]
            """));

        var result = await context.Executor.RunAsync(Statement("RETURN 1"), AccessMode.Read, CancellationToken.None);

        Assert.Equal(["big", "share", "day", "flag", "names", "row", "none"], result.Fields);
        var row = Assert.Single(result.Rows);
        Assert.Equal(9_007_199_254_740_993L, row[0]);
        Assert.Equal(69.5, row[1]);
        Assert.Equal(new DateOnly(2023, 8, 1), row[2]);
        Assert.Equal(false, row[3]);
        Assert.Equal(["Nd"], Assert.IsType<List<object?>>(row[4]));
        Assert.Equal(2024L, Assert.IsType<Dictionary<string, object?>>(row[5])["year"]);
        Assert.Null(row[6]);
    }

    [Fact]
    public async Task GetNodes_NodeValues_BecomeRecordsWithModelTypes()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"n\"", """
            [{"$type": "Node", "_value": {"_element_id": "4:x:1", "_labels": ["Element"], "_properties": {
              "id": {"$type": "String", "_value": "element:nd"}, "name": {"$type": "String", "_value": "Neodymium"},
              "atomicNumber": {"$type": "Integer", "_value": "60"}, "isRareEarth": {"$type": "Boolean", "_value": true},
              "aliases": {"$type": "List", "_value": [{"$type": "String", "_value": "Nd"}]}}}}]
            """));
        var store = new Neo4jGraphStore(context.Executor, GraphModel.Default, context.Options);

        var nodes = await store.GetNodesAsync(["element:nd"], CancellationToken.None);

        var node = nodes["element:nd"];
        Assert.Equal("Element", node.Label);
        Assert.Equal("Neodymium", node.Name);
        Assert.Equal(60L, node["atomicNumber"]);
        Assert.Equal(true, node["isRareEarth"]);
        Assert.Equal(["Nd"], Assert.IsType<string[]>(node["aliases"]));
        Assert.False(node.Properties.ContainsKey("id"));
    }
}
