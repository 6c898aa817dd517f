using System.Net;
using MineralGraph.Store;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>WriteAsync and GetRevisionAsync on the wire: one explicit transaction that bumps the revision first and logs the change last, committed or rolled back as a whole.</summary>
public sealed class QueryApiWriteTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private const string Key = "company:lynas|OPERATES|mine:mount-weld";

    private static readonly GraphWrite UpdateStake = new([new UpdateRelationship(Key, new Dictionary<string, object?> { ["stakePct"] = 90.0 }, ["since"])]);

    [Fact]
    public async Task Write_OneChange_BumpsTheRevisionRunsTheChangeAndCommitsOnOneMember()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, RevisionOpened("tx7", 42), ("neo4j-cluster-affinity", Affinity));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"relationship\"", """
            [{"$type": "Map", "_value": {"key": {"$type": "String", "_value": "company:lynas|OPERATES|mine:mount-weld"}, "type": {"$type": "String", "_value": "OPERATES"},
              "start": {"$type": "String", "_value": "company:lynas"}, "end": {"$type": "String", "_value": "mine:mount-weld"},
              "properties": {"$type": "Map", "_value": {"key": {"$type": "String", "_value": "company:lynas|OPERATES|mine:mount-weld"}, "stakePct": {"$type": "Float", "_value": "90.0"}}}}}]
            """));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", ""));
        context.Server.Respond(HttpStatusCode.OK, QueryApiResponses.Committed("FB:written"));
        var store = new Neo4jGraphStore(context.Executor, GraphModel.Default, context.Options);

        var result = await store.WriteAsync(UpdateStake, CancellationToken.None);

        var sent = context.Server.Sent;
        Assert.Equal([(HttpMethod.Post, "/db/minerals/query/v2/tx"), (HttpMethod.Post, "/db/minerals/query/v2/tx/tx7"), (HttpMethod.Post, "/db/minerals/query/v2/tx/tx7"), (HttpMethod.Post, "/db/minerals/query/v2/tx/tx7/commit")],
            sent.Select(r => (r.Method, r.Path)));
        Assert.StartsWith("CREATE (:`GraphChange`", sent[2].Json.GetProperty("statement").GetString());
        Assert.Equal("42", sent[2].Json.GetProperty("parameters").GetProperty("revision").GetProperty("_value").GetString());
        Assert.StartsWith("MERGE (g:`GraphRevision`", sent[0].Json.GetProperty("statement").GetString());
        Assert.Equal("Write", sent[0].Json.GetProperty("accessMode").GetString());
        Assert.Equal(Affinity, sent[1].Header("neo4j-cluster-affinity"));
        Assert.Equal(Key, sent[1].Json.GetProperty("parameters").GetProperty("key").GetProperty("_value").GetString());
        Assert.Equal(42, result.Revision);
        var relationship = Assert.Single(result.Relationships);
        Assert.Equal((Key, "company:lynas", "mine:mount-weld", 90.0), (relationship.Key, relationship.StartId, relationship.EndId, relationship["stakePct"]));
        Assert.Equal(["stakePct"], relationship.Properties.Keys);
    }

    [Fact]
    public async Task Write_ChangeOfAMissingRelationship_RollsBackAndFailsWithNotFound()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, RevisionOpened("tx8", 42), ("neo4j-cluster-affinity", Affinity));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"relationship\"", ""));
        context.Server.Respond(HttpStatusCode.OK, "{}");
        var store = new Neo4jGraphStore(context.Executor, GraphModel.Default, context.Options);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(UpdateStake, CancellationToken.None));

        Assert.Equal(StoreErrorKind.NotFound, exception.Kind);
        Assert.Contains(Key, exception.Message);
        Assert.Equal((HttpMethod.Delete, "/db/minerals/query/v2/tx/tx8"), (context.Server.Sent[^1].Method, context.Server.Sent[^1].Path));
        Assert.DoesNotContain(context.Server.Sent, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRevision_IsOneReadRequestOutsideATransaction()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"revision\"", """[{"$type": "Integer", "_value": "1751932800000001"}]"""));
        var store = new Neo4jGraphStore(context.Executor, GraphModel.Default, context.Options);

        var revision = await store.GetRevisionAsync(CancellationToken.None);

        var request = Assert.Single(context.Server.Sent);
        Assert.Equal((HttpMethod.Post, "/db/minerals/query/v2"), (request.Method, request.Path));
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal(1_751_932_800_000_001L, revision);
    }

    /// <summary>The answer to the statement that opens a write transaction: the bumped revision.</summary>
    private static string RevisionOpened(string transactionId, long revision) =>
        $$$"""{"data": {"fields": ["revision"], "values": [[{"$type": "Integer", "_value": "{{{revision}}}"}]]}, "bookmarks": [], "transaction": {"id": "{{{transactionId}}}", "expires": "2026-11-29T05:00:00Z"}}""";
}
