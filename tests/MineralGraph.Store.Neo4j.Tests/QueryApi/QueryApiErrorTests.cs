using System.Net;
using MineralGraph.Store;
using static MineralGraph.Store.Neo4j.Tests.QueryApi.QueryApiTestContext;

namespace MineralGraph.Store.Neo4j.Tests.QueryApi;

/// <summary>Failures become the port's exceptions with messages that say what to change; transient ones are retried.</summary>
public sealed class QueryApiErrorTests
{
    [Fact]
    public async Task Run_CypherSyntaxError_ReportsCodeAndMessage()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", exception.Message);
        Assert.Contains("Invalid input 'RETRUN'", exception.Message);
        Assert.Single(context.Server.Sent);
    }

    [Fact]
    public async Task Run_Unauthorized_SaysToCheckTheCredentials()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.Unauthorized, QueryApiResponses.Error("Neo.ClientError.Security.Unauthorized", "Invalid credential."));

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.Unavailable, exception.Kind);
        Assert.Contains("refused the credentials", exception.Message);
        Assert.Contains("Store:Neo4j:Password", exception.Message);
    }

    [Fact]
    public async Task Run_UnknownDatabase_NamesTheDatabase()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.NotFound, QueryApiResponses.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'minerals'."));

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.Unavailable, exception.Kind);
        Assert.Contains("no database 'minerals'", exception.Message);
        Assert.Contains("Store:Neo4j:Database", exception.Message);
    }

    [Fact]
    public async Task Run_TransientErrorsThenSuccess_RetriesAndReturnsTheResult()
    {
        var context = new QueryApiTestContext();
        context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"));
        context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "Busy"));
        context.Server.Respond(HttpStatusCode.Accepted, QueryApiResponses.Rows("\"n\"", """[{"$type": "Integer", "_value": "1"}]"""));

        var result = await RunAsync(context);

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(3, context.Server.Sent.Count);
    }

    [Fact]
    public async Task Run_TransientErrorsBeyondMaxAttempts_GivesUpWithTheLastError()
    {
        var context = new QueryApiTestContext(o => o.MaxAttempts = 3);
        for (var i = 0; i < 3; i++)
        {
            context.Server.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"));
        }

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.Unavailable, exception.Kind);
        Assert.Contains("after 3 attempts", exception.Message);
        Assert.Contains("DeadlockDetected", exception.Message);
        Assert.Equal(3, context.Server.Sent.Count);
    }

    [Fact]
    public async Task Run_ServerSlowerThanRequestTimeout_FailsWithTimeout()
    {
        var context = new QueryApiTestContext(o => o.RequestTimeout = TimeSpan.FromMilliseconds(50));
        context.Server.Hang();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.Timeout, exception.Kind);
        Assert.Contains("Store:Neo4j:RequestTimeout", exception.Message);
    }

    [Fact]
    public async Task Run_CallerCancels_ThrowsOperationCanceled()
    {
        var context = new QueryApiTestContext();
        context.Server.Hang();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            context.Executor.RunAsync(Statement("RETURN 1"), AccessMode.Read, cancellation.Token));
    }

    [Fact]
    public async Task Run_ServerUnreachable_SaysWhichServer()
    {
        var context = new QueryApiTestContext();
        context.Server.Refuse();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => RunAsync(context));

        Assert.Equal(StoreErrorKind.Unavailable, exception.Kind);
        Assert.Contains("http://neo4j.test:7474", exception.Message);
    }

    [Fact]
    public async Task GetStatistics_ServerUnreachable_ReportsTheReasonForTheHealthCheck()
    {
        var context = new QueryApiTestContext();
        context.Server.Refuse();
        var store = new Neo4jGraphStore(context.Executor, GraphModel.Default, context.Options);

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetStatisticsAsync(CancellationToken.None));

        Assert.Contains("cannot be reached", exception.Message);
    }

    private static Task<CypherResult> RunAsync(QueryApiTestContext context) =>
        context.Executor.RunAsync(Statement("RETURN 1 AS n"), AccessMode.Read, CancellationToken.None);
}
