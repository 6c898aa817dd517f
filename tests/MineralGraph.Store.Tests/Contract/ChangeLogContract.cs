using static MineralGraph.Store.Tests.Contract.TestGraph;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The change log: each committed write logs what it changed, with the properties after, in the
/// transaction that moves the revision; an import logs one bulk change; a refused write logs
/// nothing; and a read from a revision the log no longer holds says so.
/// </summary>
public abstract class ChangeLogContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ReadChanges_AfterAWrite_HoldsWhatItChangedWithThePropertiesAfterAndItsRevision()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);
        var located = Key("mine:mount-weld", "LOCATED_IN", "country:au");

        var result = await store.WriteAsync(new GraphWrite([
            new UpdateNode("mine:tanbreez", Set(("status", "producing")), []),
            new CreateRelationship(Relationship("company:lynas", "OPERATES", "mine:tanbreez", ("stakePct", 42.5))),
            new DeleteRelationship(located),
        ]), None);

        var page = await store.ReadChangesAsync(before, 10, None);
        var logged = Assert.Single(page.ChangeSets);
        Assert.Equal((result.Revision, true, result.Revision), (logged.Revision, page.IsComplete, page.Revision));
        Assert.False(logged.IsBulk);
        Assert.InRange(logged.CommittedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        var node = Assert.Single(logged.Nodes);
        Assert.Equal((ChangeKind.Updated, "mine:tanbreez", "Mine"), (node.Kind, node.Id, node.Label));
        Assert.Equal(Set(("name", "Tanbreez"), ("status", "producing")), node.Properties);
        Assert.Equal(
            [(ChangeKind.Created, "company:lynas|OPERATES|mine:tanbreez", "OPERATES", "company:lynas", "mine:tanbreez"), (ChangeKind.Deleted, located, "LOCATED_IN", "mine:mount-weld", "country:au")],
            logged.Relationships.Select(r => (r.Kind, r.Key, r.Type, r.StartId, r.EndId)));
        Assert.Equal(Set(("stakePct", 42.5)), logged.Relationships[0].Properties);
        Assert.Null(logged.Relationships[1].Properties);
        AssertSameChanges(result.Changes!, logged);
    }

    [Fact]
    public async Task ReadChanges_AfterADetachingDelete_LogsTheNodeAndEachOfItsRelationshipsWithTheirEnds()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);

        await store.WriteAsync(new GraphWrite([new DeleteNode("mine:mount-weld", Detach: true)]), None);

        var logged = Assert.Single((await store.ReadChangesAsync(before, 10, None)).ChangeSets);
        Assert.Equal([(ChangeKind.Deleted, "mine:mount-weld", "Mine")], logged.Nodes.Select(n => (n.Kind, n.Id, n.Label)));
        Assert.Null(logged.Nodes[0].Properties);
        Assert.Equal(
            new[]
            {
                (Key("company:lynas", "OPERATES", "mine:mount-weld"), "OPERATES", "company:lynas", "mine:mount-weld"),
                (Key("mine:mount-weld", "EXTRACTS", "mineral:monazite"), "EXTRACTS", "mine:mount-weld", "mineral:monazite"),
                (Key("mine:mount-weld", "LOCATED_IN", "country:au"), "LOCATED_IN", "mine:mount-weld", "country:au"),
            },
            logged.Relationships.Select(r => (r.Key, r.Type, r.StartId, r.EndId)).Order());
        Assert.All(logged.Relationships, r => Assert.Equal(ChangeKind.Deleted, r.Kind));
    }

    [Fact]
    public async Task ReadChanges_WriteThatCreatesAndDeletesANode_LeavesItOut_AndOneDeletedAndCreatedAgainIsUpdated()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);

        await store.WriteAsync(new GraphWrite([
            new CreateNode(Node("company:fleeting", "Company", "Fleeting")),
            new DeleteNode("company:fleeting", Detach: false),
            new DeleteNode("element:gallium", Detach: true),
            new CreateNode(Node("element:gallium", "Element", "Gallium", ("symbol", "Ga"))),
        ]), None);

        var logged = Assert.Single((await store.ReadChangesAsync(before, 10, None)).ChangeSets);
        var node = Assert.Single(logged.Nodes);
        Assert.Equal((ChangeKind.Updated, "element:gallium"), (node.Kind, node.Id));
        Assert.Equal(Set(("name", "Gallium"), ("symbol", "Ga")), node.Properties);
        Assert.Equal([(ChangeKind.Deleted, Key("regulation:mofcom-2023-23", "RESTRICTS", "element:gallium"))], logged.Relationships.Select(r => (r.Kind, r.Key)));
    }

    [Fact]
    public async Task ReadChanges_AfterARefusedWrite_HoldsNothingNew()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);

        await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphWrite([
            new UpdateNode("mine:tanbreez", Set(("status", "producing")), []),
            new CreateRelationship(Relationship("company:lynas", "OPERATES", "mine:missing")),
        ]), None));

        var page = await store.ReadChangesAsync(before, 10, None);
        Assert.Equal((0, true, before), (page.ChangeSets.Count, page.IsComplete, page.Revision));
    }

    [Fact]
    public async Task ReadChanges_AfterAnImport_IsOneBulkChangeWithoutAList()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);

        await store.ImportAsync(new GraphDataset([Node("company:iluka", "Company", "Iluka Resources")], []), None);

        var page = await store.ReadChangesAsync(before, 10, None);
        var logged = Assert.Single(page.ChangeSets);
        Assert.Equal((true, page.Revision, 0, 0), (logged.IsBulk, logged.Revision, logged.Nodes.Count, logged.Relationships.Count));
        Assert.True(page.IsComplete);
    }

    [Fact]
    public async Task ReadChanges_AfterAWriteOfMoreThanTheListedChanges_IsOneBulkChange()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);
        var creates = Enumerable.Range(1, ChangeSet.MaxListedChanges + 1)
            .Select(i => (GraphChange)new CreateNode(Node($"company:bulk-{i}", "Company", $"Bulk {i}")))
            .ToList();

        var result = await store.WriteAsync(new GraphWrite(creates), None);

        var logged = Assert.Single((await store.ReadChangesAsync(before, 10, None)).ChangeSets);
        Assert.Equal((true, result.Revision, 0), (logged.IsBulk, logged.Revision, logged.Nodes.Count));
        Assert.Equal(ChangeSet.MaxListedChanges + 1, result.Nodes.Count);
    }

    [Fact]
    public async Task ReadChanges_SeveralWrites_AreReadOldestFirstFromAnyRevision_InPagesOfTheLimit()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);
        var revisions = new List<long>();
        foreach (var status in new[] { "closed", "care and maintenance", "producing", "development" })
        {
            revisions.Add((await store.WriteAsync(new GraphWrite([new UpdateNode("mine:tanbreez", Set(("status", status)), [])]), None)).Revision);
        }

        var first = await store.ReadChangesAsync(before, 3, None);
        var rest = await store.ReadChangesAsync(first.ChangeSets[^1].Revision, 3, None);
        var fromTheSecond = await store.ReadChangesAsync(revisions[1], 10, None);

        Assert.Equal(revisions.Take(3), first.ChangeSets.Select(c => c.Revision));
        Assert.Equal(revisions.Skip(3), rest.ChangeSets.Select(c => c.Revision));
        Assert.Equal(revisions.Skip(2), fromTheSecond.ChangeSets.Select(c => c.Revision));
        Assert.Equal(["closed", "care and maintenance", "producing"], first.ChangeSets.Select(c => c.Nodes[0].Properties!["status"]));
        Assert.All(new[] { first, rest, fromTheSecond }, page => Assert.True(page.IsComplete));

        // Each write moves the revision by exactly one, so a reader of the log tells a gap from the numbers alone.
        Assert.Equal(Enumerable.Range(1, 4).Select(i => before + i), revisions);
    }

    [Fact]
    public async Task ReadChanges_ConcurrentWrites_LogEveryRevisionOnceWithItsOwnChange()
    {
        var store = await LoadedStoreAsync();
        var before = await store.GetRevisionAsync(None);
        var ids = Enumerable.Range(1, 8).Select(i => $"company:concurrent-{i}").ToList();

        var results = await Task.WhenAll(ids.Select(id => store.WriteAsync(new GraphWrite([new CreateNode(Node(id, "Company", id))]), None)));

        var page = await store.ReadChangesAsync(before, 100, None);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => before + i), page.ChangeSets.Select(c => c.Revision));
        Assert.Equal(
            results.Select(r => (r.Revision, r.Nodes[0].Id)).Order(),
            page.ChangeSets.Select(c => (c.Revision, Assert.Single(c.Nodes).Id)));
    }

    [Fact]
    public async Task ReadChanges_FromBeforeTheLogBegins_IsIncompleteAndStartsAtTheOldestEntry()
    {
        var store = await LoadedStoreAsync();
        var imported = await store.GetRevisionAsync(None);
        var written = (await store.WriteAsync(new GraphWrite([new UpdateNode("mine:tanbreez", Set(("status", "producing")), [])]), None)).Revision;

        var page = await store.ReadChangesAsync(imported - 10, 10, None);

        Assert.False(page.IsComplete);
        Assert.Equal([imported, written], page.ChangeSets.Select(c => c.Revision));
    }

    [Fact]
    public async Task ReadChanges_AtTheCurrentRevision_IsEmptyAndComplete()
    {
        var page = await Store.ReadChangesAsync(await Store.GetRevisionAsync(None), 10, None);

        Assert.Empty(page.ChangeSets);
        Assert.True(page.IsComplete);
    }

    /// <summary>Change sets compare by content: revision, time to the microsecond, and each change with its properties.</summary>
    private static void AssertSameChanges(ChangeSet expected, ChangeSet actual)
    {
        Assert.Equal((expected.Revision, expected.IsBulk), (actual.Revision, actual.IsBulk));
        Assert.Equal(expected.CommittedAt.UtcTicks / 10, actual.CommittedAt.UtcTicks / 10);
        Assert.Equal(expected.Nodes.Select(n => (n.Kind, n.Id, n.Label)), actual.Nodes.Select(n => (n.Kind, n.Id, n.Label)));
        Assert.Equal(expected.Nodes.Select(n => n.Properties), actual.Nodes.Select(n => n.Properties));
        Assert.Equal(expected.Relationships.Select(r => (r.Kind, r.Key, r.Type, r.StartId, r.EndId)), actual.Relationships.Select(r => (r.Kind, r.Key, r.Type, r.StartId, r.EndId)));
        Assert.Equal(expected.Relationships.Select(r => r.Properties), actual.Relationships.Select(r => r.Properties));
    }
}
