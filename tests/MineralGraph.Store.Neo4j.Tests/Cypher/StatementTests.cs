using MineralGraph.Store;

namespace MineralGraph.Store.Neo4j.Tests.Cypher;

/// <summary>What the store sends: values only as parameters, names checked, bounds literal, one statement per batch.</summary>
public sealed class StatementTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindNodes_InjectionShapedValue_TravelsAsAParameterNeverAsText()
    {
        var (store, executor) = Create();
        const string hostile = "x'}) DETACH DELETE n //";

        await store.FindNodesAsync(new NodeQuery("Company", [new PropertyFilter("name", FilterOperator.Equals, hostile)], SortOrder.ByName, new PageRequest(First: 5), false), None);

        var statement = Assert.Single(executor.Statements);
        Assert.DoesNotContain(hostile, statement.Text);
        Assert.Contains(hostile, statement.Statement.Parameters.Values);
        Assert.Equal(AccessMode.Read, statement.Mode);
    }

    [Theory]
    [InlineData("name` = 1 OR true //")]
    [InlineData("notInTheModel")]
    public async Task FindNodes_PropertyNotInTheModel_FailsBeforeAnyStatement(string property)
    {
        var (store, executor) = Create();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() =>
            store.FindNodesAsync(new NodeQuery("Company", [new PropertyFilter(property, FilterOperator.Equals, "x")], SortOrder.ByName, new PageRequest(First: 5), false), None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Empty(executor.Statements);
    }

    [Fact]
    public async Task FindNodes_LabelNotInTheModel_FailsWithTheLabelsItKnows()
    {
        var (store, _) = Create();

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() =>
            store.FindNodesAsync(new NodeQuery("Company) DETACH DELETE (x", [], SortOrder.ByName, new PageRequest(First: 5), false), None));

        Assert.Contains("Company, Country", exception.Message);
    }

    [Fact]
    public async Task GetRelationships_ForManyParents_SendsOneStatementWithEachParentOnce()
    {
        var (store, executor) = Create();

        var pages = await store.GetRelationshipsAsync(new RelationshipQuery(["country:cn", "country:au", "country:cn"], "PRODUCES_SHARE", Direction.Outgoing, null, [],
            SortOrder.ByName, new PageRequest(First: 3), true), None);

        var statement = Assert.Single(executor.Statements);
        Assert.StartsWith("UNWIND $parents AS parentId", statement.Text);
        Assert.Equal(["country:cn", "country:au"], (string[])statement.Statement.Parameters["parents"]!);
        Assert.Equal(4L, statement.Statement.Parameters["limit"]);
        Assert.Equal(["country:au", "country:cn"], pages.Keys.Order(StringComparer.Ordinal));
        Assert.All(pages.Values, page => Assert.Equal(0, page.TotalCount));
    }

    [Fact]
    public async Task FindNodes_AnyAllAndNot_BecomeParenthesisedOrAndNot()
    {
        var (store, executor) = Create();

        await store.FindNodesAsync(new NodeQuery("Element", [
            new AnyFilter([new PropertyFilter("symbol", FilterOperator.Equals, "Nd"), new NotFilter(new AllFilter([
                new PropertyFilter("atomicNumber", FilterOperator.GreaterThan, 60L), new PropertyFilter("isRareEarth", FilterOperator.Equals, true)]))]),
            new AnyFilter([]),
        ], SortOrder.ByName, new PageRequest(First: 5), false), None);

        Assert.Contains("WHERE ((n.`symbol` = $p0 OR NOT (n.`atomicNumber` > $p1 AND n.`isRareEarth` = $p2)) AND false)", executor.Statements[0].Text);
    }

    [Fact]
    public async Task GetRelationships_RelationshipFilters_TestTheRelationshipBesideTheOtherNode()
    {
        var (store, executor) = Create();

        await store.GetRelationshipsAsync(new RelationshipQuery(["element:nd"], "RESTRICTS", Direction.Incoming, null, [new PropertyFilter("status", FilterOperator.Equals, "in force")],
            SortOrder.ByName, new PageRequest(First: 3), false) { RelationshipFilters = [new PropertyFilter("measure", FilterOperator.Equals, "ban")] }, None);

        Assert.Contains("WHERE o.`status` = $p1 AND r.`measure` = $p2", executor.Statements[0].Text);
    }

    [Fact]
    public async Task GetRelationships_RelationshipFiltersWalkingRelationships_FailBeforeAnyStatement()
    {
        var (store, executor) = Create();
        var query = new RelationshipQuery(["element:nd"], "RESTRICTS", Direction.Incoming, null, [], SortOrder.ByName, new PageRequest(First: 3), false)
        {
            RelationshipFilters = [new AnyFilter([new RelationshipFilter("ISSUED_BY", Direction.Outgoing, Quantifier.Some, null, [])])],
        };

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetRelationshipsAsync(query, None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Empty(executor.Statements);
    }

    [Fact]
    public async Task AggregateNodes_OneStatement_OnePassForFiguresAndOneSubqueryPerCountByValue()
    {
        var latitude = new Aggregation(AggregateFunction.Sum, "latitude");
        var status = new Aggregation(AggregateFunction.CountByValue, "status");
        var (store, executor) = Create(_ => new CypherResult(["f0", "f1", "f2"], [[3L, 48.5, new List<object?> { new List<object?> { "development", 1L }, new List<object?> { "producing", 3L }, new List<object?> { null, 1L } }]]));

        var result = await store.AggregateNodesAsync(new NodeAggregateQuery("Mine", [new PropertyFilter("latitude", FilterOperator.GreaterThan, 0.0)], [Aggregation.Count, latitude, status]), None);

        var statement = Assert.Single(executor.Statements);
        Assert.Equal(2, statement.Text.Split("CALL () {").Length - 1);
        Assert.Contains("RETURN count(*) AS f0, CASE WHEN count(o.`latitude`) = 0 THEN null ELSE sum(o.`latitude`) END AS f1", statement.Text);
        Assert.Contains("WITH o.`status` AS value, count(*) AS records", statement.Text);
        Assert.Equal((3L, 48.5), (result[Aggregation.Count], result[latitude]));
        Assert.Equal([new ValueCount("producing", 3), new ValueCount("development", 1), new ValueCount(null, 1)], (IEnumerable<ValueCount>)result[status]!);
    }

    [Fact]
    public async Task AggregateRelationships_ForManyParents_SendsOneStatementAndAnswersEveryParent()
    {
        var year = new Aggregation(AggregateFunction.Max, "year", SortTarget.Relationship);
        var (store, executor) = Create(_ => new CypherResult(["parentId", "f0", "f1"], [["country:cn", 2L, 2024L]]));

        var results = await store.AggregateRelationshipsAsync(new RelationshipAggregateQuery(["country:cn", "country:au", "country:cn"], "PRODUCES_SHARE", Direction.Outgoing, null, [],
            [new PropertyFilter("stage", FilterOperator.Equals, "mining")], [Aggregation.Count, year]), None);

        var statement = Assert.Single(executor.Statements);
        Assert.StartsWith("UNWIND $parents AS parentId", statement.Text);
        Assert.Contains("WHERE r.`stage` = $p1", statement.Text);
        Assert.Equal(["country:cn", "country:au"], (string[])statement.Statement.Parameters["parents"]!);
        Assert.Equal((2L, 2024L), (results["country:cn"][Aggregation.Count], results["country:cn"][year]));
        Assert.Equal((0L, null), (results["country:au"][Aggregation.Count], results["country:au"][year]));
    }

    [Fact]
    public async Task Search_QueriesTheIndexOncePerWord_AndRanksWholeIdentifiersWithWholeAliases()
    {
        var (store, executor) = Create();

        await store.SearchAsync(new SearchQuery("Executive Order 14017", ["Regulation"], 5), None);

        var statement = Assert.Single(executor.Statements);
        Assert.Equal(["executive", "order", "14017*"], (string[])statement.Statement.Parameters["words"]!);
        Assert.Contains("CALL db.index.fulltext.queryNodes('node_search_identifiers', $words[word])", statement.Text);
        Assert.Contains("count(DISTINCT word) AS matched", statement.Text);
        Assert.All(GraphModel.Default.SearchableProperties, p => Assert.Contains($" OR toLower(node.`{p}`) = toLower($text)", statement.Text));
    }

    [Fact]
    public async Task Expand_HopBound_IsWrittenAsALiteralFromTheQuery()
    {
        var (store, executor) = Create();

        await store.ExpandAsync(new ExpandQuery(["application:ev"], ["DEPENDS_ON"], Direction.Outgoing, 3, 100), None);

        var statement = Assert.Single(executor.Statements);
        Assert.Contains("-[:`DEPENDS_ON`*1..3]->", statement.Text);
        Assert.Equal(101L, statement.Statement.Parameters["walkLimit"]);
    }

    [Fact]
    public async Task Expand_WalkBeyondMaxRows_FailsWithLimitExceeded()
    {
        var (store, _) = Create(_ => new CypherResult(["walked", "paths"], [[11L, new List<object?>()]]));

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() =>
            store.ExpandAsync(new ExpandQuery(["application:ev"], [], Direction.Both, 4, 10), None));

        Assert.Equal(StoreErrorKind.LimitExceeded, exception.Kind);
    }

    [Fact]
    public async Task FindShortestPaths_WalkBeyondMaxRows_FailsWithLimitExceeded()
    {
        var (store, executor) = Create(_ => new CypherResult(["walked", "paths"], [[11L, new List<object?>()]]));

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() =>
            store.FindShortestPathsAsync(new PathQuery("element:gallium", "mine:tanbreez", [], Direction.Both, 6, 10, 10), None));

        Assert.Equal(StoreErrorKind.LimitExceeded, exception.Kind);
        Assert.Contains("shortestPath(", executor.Statements[0].Text);
        Assert.Contains("*1..6]", executor.Statements[0].Text);
    }

    [Fact]
    public async Task Import_NodeWithoutName_FailsBeforeAnyStatement()
    {
        var (store, executor) = Create();
        var unnamed = new NodeRecord("element:x", "Element", new Dictionary<string, object?> { ["symbol"] = "X" });

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportAsync(new GraphDataset([unnamed], []), None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Contains("element:x", exception.Message);
        Assert.Empty(executor.Statements);
    }

    [Fact]
    public async Task FindNodes_AfterANullSortValue_ContinuesAmongNullsOnly()
    {
        var (store, executor) = Create();

        await store.FindNodesAsync(new NodeQuery("Mine", [], new SortOrder("latitude"), new PageRequest(First: 5, After: new Cursor(null, "mine:x")), false), None);

        Assert.Contains("(n.`latitude` IS NULL AND n.id > $p0)", executor.Statements[0].Text);
    }

    [Fact]
    public async Task FindNodes_Page_HasCursorsOfSortValueAndIdAndKnowsMoreFollow()
    {
        var rows = new List<object?>
        {
            Node("element:la", "Lanthanum", 57L),
            Node("element:ce", "Cerium", 58L),
            Node("element:pr", "Praseodymium", 59L),
        };
        var (store, _) = Create(_ => new CypherResult(["page", "total"], [[rows, 17L]]));

        var page = await store.FindNodesAsync(new NodeQuery("Element", [], new SortOrder("atomicNumber"), new PageRequest(First: 2), true), None);

        Assert.Equal(["element:la", "element:ce"], page.Items.Select(n => n.Id));
        Assert.Equal([new Cursor(57L, "element:la"), new Cursor(58L, "element:ce")], page.Cursors);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(17L, page.TotalCount);
    }

    [Fact]
    public async Task Import_BatchesRowsInOneTransactionAfterBumpingTheRevision_ThenLogsOneBulkChange()
    {
        var executor = new RecordingExecutor(ScriptedWrites.Respond);
        var store = new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions { ImportBatchSize = 2 });
        var nodes = Enumerable.Range(1, 5).Select(i => new NodeRecord($"element:{i}", "Element", new Dictionary<string, object?> { ["name"] = $"E{i}" })).ToList();

        var result = await store.ImportAsync(new GraphDataset(nodes, []), None);

        Assert.Equal(5, result.Nodes);
        Assert.Equal(1 + 3 + 1, executor.Statements.Count);
        Assert.All(executor.Statements, s => Assert.True(s.InTransaction));
        Assert.StartsWith("MERGE (g:`GraphRevision`", executor.Statements[0].Text);
        Assert.All(executor.Statements.Skip(1).SkipLast(1), s => Assert.Contains("MERGE (n:`Element` {id: row.id})", s.Text));
        var logged = executor.Statements[^1].Statement;
        Assert.StartsWith("CREATE (:`GraphChange`", logged.Text);
        Assert.Equal(ScriptedWrites.RevisionAfter, logged.Parameters["revision"]);
        Assert.Contains("\"bulk\":true", (string)logged.Parameters["changeSet"]!);
    }

    [Fact]
    public async Task Import_RelationshipToAMissingNode_FailsNamingIt()
    {
        var executor = new RecordingExecutor(s => s.Text.Contains("SET g.revision", StringComparison.Ordinal)
            ? new CypherResult(["revision"], [[ScriptedWrites.RevisionAfter]])
            : new CypherResult(["merged"], [[new List<object?>()]]));
        var store = new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions());
        var relationship = new RelationshipRecord("company:x|OPERATES|mine:y", "OPERATES", "company:x", "mine:y", new Dictionary<string, object?>());

        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportAsync(new GraphDataset([], [relationship]), None));

        Assert.Equal(StoreErrorKind.InvalidData, exception.Kind);
        Assert.Contains("company:x|OPERATES|mine:y", exception.Message);
    }

    private static (Neo4jGraphStore Store, RecordingExecutor Executor) Create(Func<CypherStatement, CypherResult>? respond = null)
    {
        var executor = new RecordingExecutor(respond);
        return (new Neo4jGraphStore(executor, GraphModel.Default, new Neo4jStoreOptions()), executor);
    }

    private static CypherNode Node(string id, string name, long atomicNumber) =>
        new(["Element"], new Dictionary<string, object?> { ["id"] = id, ["name"] = name, ["atomicNumber"] = atomicNumber });
}
