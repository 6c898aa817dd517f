using System.Text;
using MineralGraph.Store;

namespace MineralGraph.Store.Neo4j.Tests.Cypher;

/// <summary>What WriteAsync and GetRevisionAsync send: one transaction, the revision first, values only as parameters, and a refusal for each failed check.</summary>
public sealed class WriteStatementTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Write_EveryChange_RunsInOneTransactionWithTheRevisionFirst()
    {
        var (store, executor) = Create();

        var result = await store.WriteAsync(PortCalls.EveryChange(), None);

        Assert.All(executor.Statements, s => Assert.True(s.InTransaction));
        Assert.StartsWith("MERGE (g:`GraphRevision` {`key`: 'graph'})", executor.Statements[0].Text);
        Assert.IsType<long>(executor.Statements[0].Statement.Parameters["origin"]);
        Assert.Equal(ScriptedWrites.RevisionAfter, result.Revision);
        Assert.Equal(["company:iluka", "x' }) DETACH DELETE n //"], result.Nodes.Select(n => n.Id));
        Assert.Equal(["company:iluka|OPERATES|mine:eneabba", "company:lynas|OPERATES|mine:mount-weld"], result.Relationships.Select(r => r.Key));
        Assert.Equal(["source:linked"], result.DeletedNodeIds);
        Assert.Equal(["x|OPERATES|source:linked", "company:lynas|OPERATES|facility:lynas-malaysia"], result.DeletedRelationshipKeys);
    }

    [Fact]
    public async Task Write_InjectionShapedIdAndValues_TravelAsParametersNeverAsText()
    {
        var (store, executor) = Create();

        await store.WriteAsync(PortCalls.EveryChange(), None);

        var update = executor.Statements.Single(s => s.Text.Contains("SET n += $changes", StringComparison.Ordinal));
        Assert.DoesNotContain("DETACH DELETE n //", update.Text);
        Assert.Equal("x' }) DETACH DELETE n //", update.Statement.Parameters["id"]);
        Assert.All(executor.Statements, s => Assert.DoesNotContain("ASX:ILU", s.Text));
    }

    [Fact]
    public async Task Write_UpdateNode_SendsSetValuesAndRemovalsAsOneMap()
    {
        var (store, executor) = Create();

        await store.WriteAsync(new GraphWrite([new UpdateNode("company:lynas", new Dictionary<string, object?> { ["ticker"] = "LYC" }, ["aliases", "kind"])]), None);

        var changes = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(executor.Statements[1].Statement.Parameters["changes"]);
        Assert.Equal(new Dictionary<string, object?> { ["ticker"] = "LYC", ["aliases"] = null, ["kind"] = null }, changes);
    }

    [Fact]
    public async Task Write_CreateRelationshipWithATakenKey_FailsWithConflict()
    {
        var (store, executor) = Create();
        var taken = new RelationshipRecord("taken", "OPERATES", "company:lynas", "mine:mount-weld", new Dictionary<string, object?>());

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([new CreateRelationship(taken)]), None));

        Assert.Equal(StoreErrorKind.Conflict, exception.Kind);
        Assert.Contains("'taken' already exists", exception.Message);
        Assert.Contains("RETURN count(r) AS taken", executor.Statements[^1].Text);
    }

    [Fact]
    public async Task Write_CreateRelationshipToAMissingNode_FailsWithNotFoundNamingIt()
    {
        var (store, _) = Create();
        var relationship = new RelationshipRecord("company:lynas|OPERATES|mine:missing", "OPERATES", "company:lynas", "mine:missing", new Dictionary<string, object?>());

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([new CreateRelationship(relationship)]), None));

        Assert.Equal(StoreErrorKind.NotFound, exception.Kind);
        Assert.Contains("node 'mine:missing' does not exist", exception.Message);
    }

    [Fact]
    public async Task Write_DeleteLinkedNodeWithoutDetach_FailsWithConflictBeforeDeletingAnything()
    {
        var (store, executor) = Create();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([new DeleteNode("company:linked", Detach: false)]), None));

        Assert.Equal(StoreErrorKind.Conflict, exception.Kind);
        Assert.DoesNotContain(executor.Statements, s => s.Text.Contains("DELETE n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_DeleteCitedSource_FailsWithConflictNamingTheCitation()
    {
        var (store, executor) = Create();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([new DeleteNode("source:cited-linked", Detach: true)]), None));

        Assert.Equal(StoreErrorKind.Conflict, exception.Kind);
        Assert.Contains("x|PRODUCES_SHARE|y", exception.Message);
        var citations = executor.Statements.Single(s => s.Text.Contains("AS citer", StringComparison.Ordinal));
        Assert.Equal(["x|OPERATES|source:cited-linked"], Assert.IsAssignableFrom<IEnumerable<string>>(citations.Statement.Parameters["detached"]));
    }

    [Theory]
    [InlineData("update node")]
    [InlineData("delete node")]
    [InlineData("update relationship")]
    [InlineData("delete relationship")]
    public async Task Write_ChangeOfAMissingRecord_FailsWithNotFound(string change)
    {
        var (store, _) = Create();
        GraphChange missing = change switch
        {
            "update node" => new UpdateNode("company:missing", new Dictionary<string, object?> { ["kind"] = "listed" }, []),
            "delete node" => new DeleteNode("company:missing", Detach: true),
            "update relationship" => new UpdateRelationship("missing", new Dictionary<string, object?> { ["stakePct"] = 1.0 }, []),
            _ => new DeleteRelationship("missing"),
        };

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([missing]), None));

        Assert.Equal(StoreErrorKind.NotFound, exception.Kind);
        Assert.Contains("missing", exception.Message);
    }

    [Fact]
    public async Task Write_LabelNotInTheModel_FailsWithInvalidData()
    {
        var (store, _) = Create();
        var node = new NodeRecord("x:1", "Company) DETACH DELETE (x", new Dictionary<string, object?> { ["name"] = "X" });

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([new CreateNode(node)]), None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
    }

    [Fact]
    public async Task Write_EveryChange_LogsItsChangeSetLast_WithTheEndsOfEveryDeletedRelationship()
    {
        var (store, executor) = Create();

        var result = await store.WriteAsync(PortCalls.EveryChange(), None);

        var logged = executor.Statements[^1].Statement;
        Assert.StartsWith("CREATE (:`GraphChange`", logged.Text);
        Assert.Equal(ScriptedWrites.RevisionAfter, logged.Parameters["revision"]);
        Assert.Equal(ScriptedWrites.RevisionAfter - new Neo4jStoreOptions().ChangeLogRevisions, logged.Parameters["prunedThrough"]);
        var changes = new ChangeSetCodec(GraphModel.Default).Deserialize(Encoding.UTF8.GetBytes((string)logged.Parameters["changeSet"]!));
        Assert.Equal(result.Changes!.Revision, changes.Revision);
        Assert.Equal(
            [(ChangeKind.Created, "company:iluka", "Company"), (ChangeKind.Updated, "x' }) DETACH DELETE n //", "Company"), (ChangeKind.Deleted, "source:linked", "Source")],
            changes.Nodes.Select(n => (n.Kind, n.Id, n.Label)));
        Assert.Equal(
            [
                (ChangeKind.Deleted, "x|OPERATES|source:linked", "company:x", "source:linked"),
                (ChangeKind.Created, "company:iluka|OPERATES|mine:eneabba", "company:iluka", "mine:eneabba"),
                (ChangeKind.Updated, "company:lynas|OPERATES|mine:mount-weld", "company:a", "mine:b"),
                (ChangeKind.Deleted, "company:lynas|OPERATES|facility:lynas-malaysia", "company:a", "facility:b"),
            ],
            changes.Relationships.Select(r => (r.Kind, r.Key, r.StartId, r.EndId)));
    }

    [Fact]
    public async Task ReadChanges_IsOneReadThatDecodesTheLog_AndSaysWhetherItHeldTheNextRevision()
    {
        var entry = new ChangeSet(43, DateTimeOffset.UtcNow, false, [new NodeChange(ChangeKind.Updated, "mine:x", "Mine", new Dictionary<string, object?> { ["name"] = "X", ["latitude"] = 35.0 })], []);
        var executor = new RecordingExecutor(_ => new CypherResult(["revision", "changeSets"], [[44L, new List<object?> { Encoding.UTF8.GetString(ChangeSetCodec.Serialize(entry)) }]]));
        var store = new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions());

        var next = await store.ReadChangesAsync(42, 10, None);
        var afterAGap = await store.ReadChangesAsync(40, 10, None);

        Assert.All(executor.Statements, s => Assert.Equal((AccessMode.Read, false), (s.Mode, s.InTransaction)));
        Assert.Equal((42L, 10L), ((long)executor.Statements[0].Statement.Parameters["after"]!, (long)executor.Statements[0].Statement.Parameters["limit"]!));
        Assert.Equal((44L, true, false), (next.Revision, next.IsComplete, afterAGap.IsComplete));
        var node = Assert.Single(Assert.Single(next.ChangeSets).Nodes);
        Assert.Equal((ChangeKind.Updated, "mine:x", 35.0), (node.Kind, node.Id, node.Properties!["latitude"]));
    }

    [Fact]
    public async Task GetRevision_IsOneReadOfTheRevisionNode()
    {
        var (store, executor) = Create();

        var revision = await store.GetRevisionAsync(None);

        var statement = Assert.Single(executor.Statements);
        Assert.Equal((AccessMode.Read, false), (statement.Mode, statement.InTransaction));
        Assert.Equal(ScriptedWrites.RevisionBefore, revision);
    }

    [Fact]
    public async Task GetRevision_OfADatabaseNoWriteReached_IsZero()
    {
        var executor = new RecordingExecutor(_ => new CypherResult(["revision"], [[null]]));
        var store = new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions());

        Assert.Equal(0, await store.GetRevisionAsync(None));
    }

    private static (Neo4jGraphStore Store, RecordingExecutor Executor) Create()
    {
        var executor = new RecordingExecutor(ScriptedWrites.Respond);
        return (new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions()), executor);
    }
}
