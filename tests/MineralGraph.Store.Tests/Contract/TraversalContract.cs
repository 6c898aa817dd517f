using static MineralGraph.Store.Tests.Contract.TestGraph;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// Expand and shortest paths. Paths are compared as their node ids joined by '&gt;', in ordinal
/// order, since the port does not order the paths it returns.
/// </summary>
public abstract class TraversalContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    private const int Rows = 1000;

    [Theory]
    [InlineData(0, new string[0])]
    [InlineData(1, new[] { "application:ev>application:traction-motor" })]
    [InlineData(2, new[] { "application:ev>application:traction-motor", "application:ev>application:traction-motor>application:rotor-assembly" })]
    [InlineData(5, new[] { "application:ev>application:traction-motor", "application:ev>application:traction-motor>application:rotor-assembly" })]
    public async Task Expand_DependsOnChain_ReachesNodesUpToMaxHops(int maxHops, string[] expected)
    {
        Assert.Equal(expected, Describe(await ExpandAsync(["application:ev"], ["DEPENDS_ON"], Direction.Outgoing, maxHops)));
    }

    [Fact]
    public async Task Expand_IncomingRequiresAndDependsOn_FindsEveryApplicationNeedingTheMagnetWithRelationshipsInOrder()
    {
        var paths = await ExpandAsync(["product:ndfeb-magnet"], ["REQUIRES", "DEPENDS_ON"], Direction.Incoming, 3);

        Assert.Equal(
            [
                "product:ndfeb-magnet>application:rotor-assembly", "product:ndfeb-magnet>application:rotor-assembly>application:traction-motor",
                "product:ndfeb-magnet>application:rotor-assembly>application:traction-motor>application:ev", "product:ndfeb-magnet>application:wind-turbine",
            ],
            Describe(paths));
        var longest = paths.Single(p => p.Length == 3);
        Assert.Equal(
            [Key("application:rotor-assembly", "REQUIRES", "product:ndfeb-magnet"), Key("application:traction-motor", "DEPENDS_ON", "application:rotor-assembly"), Key("application:ev", "DEPENDS_ON", "application:traction-motor")],
            longest.Relationships.Select(r => r.Key));
        Assert.Equal(("Sintered NdFeB magnet", "Electric vehicle"), (longest.Start.Name, longest.End.Name));
        Assert.Equal(1.5, longest.Relationships[0]["kgPerUnit"]);
    }

    [Fact]
    public async Task Expand_WithTypes_FollowsOnlyThoseTypes()
    {
        Assert.Equal(
            ["product:ndfeb-magnet>element:dysprosium", "product:ndfeb-magnet>element:neodymium", "product:ndfeb-magnet>element:terbium"],
            Describe(await ExpandAsync(["product:ndfeb-magnet"], [], Direction.Outgoing, 1)));
        Assert.Equal(
            ["product:ndfeb-magnet>facility:independence"],
            Describe(await ExpandAsync(["product:ndfeb-magnet"], ["PRODUCES", "EXTRACTS"], Direction.Incoming, 2)));
        Assert.Empty(await ExpandAsync(["product:ndfeb-magnet"], ["REQUIRES"], Direction.Outgoing, 3));
    }

    [Theory]
    [InlineData(Direction.Outgoing, new[] { "application:traction-motor>application:rotor-assembly" })]
    [InlineData(Direction.Incoming, new[] { "application:traction-motor>application:ev" })]
    [InlineData(Direction.Both, new[] { "application:traction-motor>application:ev", "application:traction-motor>application:rotor-assembly" })]
    public async Task Expand_InEachDirection_WalksThatWay(Direction direction, string[] expected)
    {
        Assert.Equal(expected, Describe(await ExpandAsync(["application:traction-motor"], ["DEPENDS_ON"], direction, 3)));
    }

    [Fact]
    public async Task Expand_NodeReachableByManyPaths_ReturnsOneShortestPathToIt()
    {
        var paths = await ExpandAsync(["element:neodymium"], ["CONTAINS"], Direction.Both, 3);

        Assert.Equal(
            [
                ("element:dysprosium", 2), ("element:praseodymium", 2), ("element:terbium", 2),
                ("mineral:bastnasite", 1), ("mineral:monazite", 1), ("product:ndfeb-magnet", 1), ("product:ndpr-oxide", 1),
            ],
            paths.Select(p => (p.End.Id, p.Length)).Order());
        Assert.Contains(paths.Single(p => p.End.Id == "element:praseodymium").Nodes[1].Id, new[] { "mineral:bastnasite", "product:ndpr-oxide" });
        Assert.All(paths, p => Assert.Equal(p.Relationships.Count + 1, p.Nodes.Count));
    }

    [Fact]
    public async Task Expand_AroundACycle_TerminatesWithoutReturningTheStart()
    {
        var path = Assert.Single(await ExpandAsync(["country:us"], ["PARTNERS_WITH"], Direction.Both, 10));

        Assert.Equal(["country:us", "country:au"], Ids(path.Nodes));
        Assert.Contains(Assert.Single(path.Relationships).Key, new[] { Key("country:us", "PARTNERS_WITH", "country:au"), Key("country:au", "PARTNERS_WITH", "country:us") });
    }

    [Fact]
    public async Task Expand_SeveralStarts_ReturnsThePathsFromEachStart()
    {
        Assert.Equal(
            ["application:ev>application:traction-motor", "application:wind-turbine>product:ndfeb-magnet"],
            Describe(await ExpandAsync(["application:ev", "application:wind-turbine", "application:missing"], ["DEPENDS_ON", "REQUIRES"], Direction.Outgoing, 1)));
    }

    [Fact]
    public async Task Expand_WalkLargerThanMaxRows_FailsWithLimitExceeded()
    {
        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => ExpandAsync(["element:neodymium"], [], Direction.Both, 4, maxRows: 5));

        Assert.Equal(StoreErrorKind.LimitExceeded, exception.Kind);
    }

    [Fact]
    public async Task Expand_MaxRows_CountsPathsNotStartNodes()
    {
        string[] chain = ["application:ev>application:traction-motor", "application:ev>application:traction-motor>application:rotor-assembly"];

        Assert.Equal(chain, Describe(await ExpandAsync(["application:ev"], ["DEPENDS_ON"], Direction.Outgoing, 2, maxRows: 2)));
        Assert.Empty(await ExpandAsync(["mine:tanbreez", "country:my", "agency:mofcom"], ["DEPENDS_ON"], Direction.Both, 3, maxRows: 1));
        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => ExpandAsync(["application:ev"], ["DEPENDS_ON"], Direction.Outgoing, 2, maxRows: 1));
        Assert.Equal(StoreErrorKind.LimitExceeded, exception.Kind);
    }

    [Fact]
    public async Task ShortestPaths_ThroughAChain_ReturnsNodesAndRelationshipsInOrder()
    {
        var path = Assert.Single(await PathsAsync("application:ev", "element:neodymium", [], Direction.Outgoing, maxHops: 5));

        Assert.Equal(["application:ev", "application:traction-motor", "application:rotor-assembly", "product:ndfeb-magnet", "element:neodymium"], Ids(path.Nodes));
        Assert.Equal(
            [
                Key("application:ev", "DEPENDS_ON", "application:traction-motor"), Key("application:traction-motor", "DEPENDS_ON", "application:rotor-assembly"),
                Key("application:rotor-assembly", "REQUIRES", "product:ndfeb-magnet"), Key("product:ndfeb-magnet", "CONTAINS", "element:neodymium"),
            ],
            path.Relationships.Select(r => r.Key));
    }

    [Fact]
    public async Task ShortestPaths_SeveralOfTheSameLength_ReturnsEachUpToLimit()
    {
        var all = await PathsAsync("mineral:bastnasite", "product:ndpr-oxide", [], Direction.Both, maxHops: 4);
        var limited = await PathsAsync("mineral:bastnasite", "product:ndpr-oxide", [], Direction.Both, maxHops: 4, limit: 1);

        Assert.Equal(["mineral:bastnasite>element:neodymium>product:ndpr-oxide", "mineral:bastnasite>element:praseodymium>product:ndpr-oxide"], Describe(all));
        Assert.Equal(2, Assert.Single(limited).Length);
    }

    [Fact]
    public async Task ShortestPaths_NoPathOrTooFewHops_ReturnsEmpty()
    {
        Assert.Empty(await PathsAsync("mine:tanbreez", "country:cn", [], Direction.Both, maxHops: 6));
        Assert.Empty(await PathsAsync("element:neodymium", "application:ev", [], Direction.Outgoing, maxHops: 6));
        Assert.Empty(await PathsAsync("application:ev", "element:neodymium", [], Direction.Outgoing, maxHops: 3));
    }

    [Fact]
    public async Task ShortestPaths_RestrictedTypes_FindTheShortestPathOverThoseTypes()
    {
        var anyType = await PathsAsync("country:us", "country:au", [], Direction.Both, maxHops: 4);
        var shares = await PathsAsync("country:us", "country:au", ["PRODUCES_SHARE"], Direction.Both, maxHops: 4);
        var outgoing = await PathsAsync("country:us", "country:au", [], Direction.Outgoing, maxHops: 4);

        Assert.Equal(
            [Key("country:au", "PARTNERS_WITH", "country:us"), Key("country:us", "PARTNERS_WITH", "country:au")],
            anyType.Select(p => Assert.Single(p.Relationships).Key).Order(StringComparer.Ordinal));
        var viaNeodymium = Assert.Single(shares);
        Assert.Equal(["country:us", "element:neodymium", "country:au"], Ids(viaNeodymium.Nodes));
        Assert.Equal([Key("country:us", "PRODUCES_SHARE", "element:neodymium"), Key("country:au", "PRODUCES_SHARE", "element:neodymium")], viaNeodymium.Relationships.Select(r => r.Key));
        Assert.Equal(Key("country:us", "PARTNERS_WITH", "country:au"), Assert.Single(Assert.Single(outgoing).Relationships).Key);
    }

    [Fact]
    public async Task ShortestPaths_ShortPathWithinALargeNeighbourhood_IsFoundWithinMaxRows()
    {
        var paths = await PathsAsync("country:us", "country:au", [], Direction.Both, maxHops: 6, maxRows: 50);

        Assert.Equal(["country:us>country:au", "country:us>country:au"], Describe(paths));
    }

    [Fact]
    public async Task ShortestPaths_WalkLargerThanMaxRows_FailsWithLimitExceeded()
    {
        var exception = await Assert.ThrowsAsync<GraphStoreException>(() => PathsAsync("element:gallium", "mine:tanbreez", [], Direction.Both, maxHops: 6, maxRows: 10));

        Assert.Equal(StoreErrorKind.LimitExceeded, exception.Kind);
    }

    private Task<IReadOnlyList<GraphPath>> ExpandAsync(string[] starts, string[] types, Direction direction, int maxHops, int maxRows = Rows) =>
        Store.ExpandAsync(new ExpandQuery(starts, types, direction, maxHops, maxRows), CancellationToken.None);

    private Task<IReadOnlyList<GraphPath>> PathsAsync(string from, string to, string[] types, Direction direction, int maxHops, int limit = 10, int maxRows = Rows) =>
        Store.FindShortestPathsAsync(new PathQuery(from, to, types, direction, maxHops, limit, maxRows), CancellationToken.None);

    private static string[] Describe(IEnumerable<GraphPath> paths) =>
        [.. paths.Select(p => string.Join('>', p.Nodes.Select(n => n.Id))).Order(StringComparer.Ordinal)];
}
