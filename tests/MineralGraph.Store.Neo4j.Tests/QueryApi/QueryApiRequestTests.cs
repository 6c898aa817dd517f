using System.Net;
using System.Text;
using static MineralGraph.Store.Neo4j.Tests.QueryApi.QueryApiTestContext;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>What the client sends: endpoint, headers, typed parameters, access mode, bookmarks.</summary>
public sealed class QueryApiRequestTests
{
    [Fact]
    public async Task Run_Read_PostsToTheDatabaseQueryEndpointWithTypedJsonAndBasicAuth()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"n\"", ""));

        await context.Executor.RunAsync(Statement("RETURN $n AS n", ("n", 1L)), AccessMode.Read, CancellationToken.None);

        var request = Assert.Single(context.Server.Sent);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/minerals/query/v2", request.Path);
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), request.Header("Authorization"));
        Assert.Equal("RETURN $n AS n", request.Json.GetProperty("statement").GetString());
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Run_WithToken_SendsBearerAuthorization()
    {
        var context = new QueryApiTestContext(o => o.Token = "aura-token");
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", ""));

        await context.Executor.RunAsync(Statement("RETURN 1"), AccessMode.Write, CancellationToken.None);

        Assert.Equal("Bearer aura-token", context.Server.Sent[0].Header("Authorization"));
        Assert.Equal("Write", context.Server.Sent[0].Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Run_Parameters_AreSentAsTypedValues()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", ""));

        await context.Executor.RunAsync(Statement("RETURN 1",
            ("big", 9_007_199_254_740_993L), ("whole", 1000.0), ("flag", true), ("day", new DateOnly(2025, 4, 4)),
            ("names", new[] { "Nd", "Pr" }), ("row", new Dictionary<string, object?> { ["id"] = "element:nd" }), ("none", null)), AccessMode.Read, CancellationToken.None);

        var parameters = context.Server.Sent[0].Json.GetProperty("parameters");
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", parameters.GetProperty("big").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"1000"}""", parameters.GetProperty("whole").GetRawText());
        Assert.Equal("""{"$type":"Boolean","_value":true}""", parameters.GetProperty("flag").GetRawText());
        Assert.Equal("""{"$type":"Date","_value":"2025-04-04"}""", parameters.GetProperty("day").GetRawText());
        Assert.Equal("""{"$type":"List","_value":[{"$type":"String","_value":"Nd"},{"$type":"String","_value":"Pr"}]}""", parameters.GetProperty("names").GetRawText());
        Assert.Equal("""{"$type":"Map","_value":{"id":{"$type":"String","_value":"element:nd"}}}""", parameters.GetProperty("row").GetRawText());
        Assert.Equal("""{"$type":"Null","_value":null}""", parameters.GetProperty("none").GetRawText());
    }

    [Fact]
    public async Task Run_AfterAWrite_SendsTheBookmarksItReturned()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", "", bookmark: "FB:after-write"));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", ""));

        await context.Executor.RunAsync(Statement("CREATE ()"), AccessMode.Write, CancellationToken.None);
        await context.Executor.RunAsync(Statement("MATCH (n) RETURN n"), AccessMode.Read, CancellationToken.None);

        Assert.False(context.Server.Sent[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal("""["FB:after-write"]""", context.Server.Sent[1].Json.GetProperty("bookmarks").GetRawText());
    }
}
