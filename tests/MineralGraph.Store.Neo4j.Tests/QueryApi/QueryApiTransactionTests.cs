using System.Net;
using MineralGraph.Store;
using static MineralGraph.Store.Neo4j.Tests.QueryApi.QueryApiTestContext;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>Explicit transactions: open with the first statement, follow up with the affinity header, commit or roll back.</summary>
public sealed class QueryApiTransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    [Fact]
    public async Task WriteTransaction_TwoStatements_OpensRunsAndCommitsOnOneMember()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("lyU"), ("neo4j-cluster-affinity", Affinity));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("lyU"));
        context.Server.Respond(HttpStatusCode.OK, QueryApiResponses.Committed("FB:committed"));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("", ""));

        await context.Executor.WriteTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(Statement("CREATE (:Element {id: $id})", ("id", "element:nd")), token);
            await transaction.RunAsync(Statement("CREATE (:Element {id: $id})", ("id", "element:pr")), token);
            return true;
        }, CancellationToken.None);
        await context.Executor.RunAsync(Statement("MATCH (n) RETURN n"), AccessMode.Read, CancellationToken.None);

        var sent = context.Server.Sent;
        Assert.Equal([(HttpMethod.Post, "/db/minerals/query/v2/tx"), (HttpMethod.Post, "/db/minerals/query/v2/tx/lyU"), (HttpMethod.Post, "/db/minerals/query/v2/tx/lyU/commit"), (HttpMethod.Post, "/db/minerals/query/v2")],
            sent.Select(r => (r.Method, r.Path)));
        Assert.Equal("Write", sent[0].Json.GetProperty("accessMode").GetString());
        Assert.Null(sent[0].Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, sent[1].Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, sent[2].Header("neo4j-cluster-affinity"));
        Assert.False(sent[1].Json.TryGetProperty("accessMode", out _));
        Assert.Equal("""["FB:committed"]""", sent[3].Json.GetProperty("bookmarks").GetRawText());
    }

    [Fact]
    public async Task WriteTransaction_StatementFails_RollsBackAndRethrows()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("lyU"), ("neo4j-cluster-affinity", Affinity));
        context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists with label `Element` and property `id`"));
        context.Server.Respond(HttpStatusCode.OK, "{}");

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => context.Executor.WriteTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(Statement("CREATE (:Element {id: 'a'})"), token);
            await transaction.RunAsync(Statement("CREATE (:Element {id: 'a'})"), token);
            return true;
        }, CancellationToken.None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        var rollback = context.Server.Sent[^1];
        Assert.Equal((HttpMethod.Delete, "/db/minerals/query/v2/tx/lyU"), (rollback.Method, rollback.Path));
        Assert.Equal(Affinity, rollback.Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task WriteTransaction_TransientFailure_RollsBackAndRunsTheWholeWorkAgain()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("first"));
        context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"));
        context.Server.Respond(HttpStatusCode.OK, "{}");
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("second"));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.TransactionOpened("second"));
        context.Server.Respond(HttpStatusCode.OK, QueryApiResponses.Committed("FB:2"));
        var runs = 0;

        await context.Executor.WriteTransactionAsync(async (transaction, token) =>
        {
            runs++;
            await transaction.RunAsync(Statement("CREATE ()"), token);
            await transaction.RunAsync(Statement("CREATE ()"), token);
            return true;
        }, CancellationToken.None);

        Assert.Equal(2, runs);
        Assert.Equal(["/db/minerals/query/v2/tx", "/db/minerals/query/v2/tx/first", "/db/minerals/query/v2/tx/first", "/db/minerals/query/v2/tx", "/db/minerals/query/v2/tx/second", "/db/minerals/query/v2/tx/second/commit"],
            context.Server.Sent.Select(r => r.Path));
        Assert.Equal(HttpMethod.Delete, context.Server.Sent[2].Method);
    }
}
