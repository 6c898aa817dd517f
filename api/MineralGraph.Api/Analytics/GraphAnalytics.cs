using Microsoft.Extensions.Options;
using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

/// <summary>
/// The researchers' questions, answered over the graph-store port's primitives (expansion,
/// shortest paths, batched relationship pages), so they give the same answers on every store.
/// Every traversal is bounded by <see cref="AnalyticsOptions"/>.
/// </summary>
public sealed partial class GraphAnalytics(IGraphStore store, IOptions<AnalyticsOptions> options)
{
    private const string ApplicationLabel = "Application";

    private readonly AnalyticsOptions _options = options.Value;

    public async Task<IReadOnlyList<GraphPath>> PathsAsync(string fromId, string toId, IReadOnlyList<string> via, int maxHops, int limit, CancellationToken cancellationToken)
    {
        CheckHops(maxHops);
        if (limit < 1 || limit > _options.MaxPaths)
        {
            throw new AnalyticsException(ErrorCodes.PageSizeExceeded, $"first must be between 1 and {_options.MaxPaths}; it was {limit}.");
        }

        await RequireAsync([fromId, toId], cancellationToken);
        return await store.FindShortestPathsAsync(new PathQuery(fromId, toId, via, Direction.Both, maxHops, limit, _options.MaxVisitedPaths), cancellationToken);
    }

    /// <summary>Everything an application or product needs, down to elements: one chain per item, shortest first.</summary>
    public async Task<IReadOnlyList<Dependency>> DependenciesAsync(string id, int maxHops, CancellationToken cancellationToken)
    {
        CheckHops(maxHops);
        await RequireAsync([id], cancellationToken);
        var paths = await store.ExpandAsync(new ExpandQuery([id], RelationshipTypes.SupplyChain, Direction.Outgoing, maxHops, _options.MaxVisitedPaths), cancellationToken);
        return paths.Where(p => p.End.Label is "Element" or "Product")
            .Select(p => new Dependency(p.Start, p.End, p))
            .OrderBy(d => d.Chain.Length).ThenBy(d => d.Item.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every application that needs any of the items, through any chain of DEPENDS_ON, REQUIRES and CONTAINS; an id that matches no node is NOT_FOUND.</summary>
    public async Task<IReadOnlyList<Dependency>> DependentsAsync(IReadOnlyList<string> itemIds, int maxHops, CancellationToken cancellationToken)
    {
        CheckHops(maxHops);
        await RequireAsync(itemIds, cancellationToken);
        return await FindDependentsAsync(itemIds, maxHops, cancellationToken);
    }

    /// <summary>The dependents of items known to exist.</summary>
    private async Task<IReadOnlyList<Dependency>> FindDependentsAsync(IReadOnlyList<string> itemIds, int maxHops, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return [];
        }

        var paths = await store.ExpandAsync(new ExpandQuery(itemIds, RelationshipTypes.SupplyChain, Direction.Incoming, maxHops, _options.MaxVisitedPaths), cancellationToken);
        return paths.Where(p => p.End.Label == ApplicationLabel)
            .Select(p => new Dependency(p.End, p.Start, Reverse(p)))
            .OrderBy(d => d.Dependent.Name, StringComparer.Ordinal).ThenBy(d => d.Chain.Length)
            .ToList();
    }

    private void CheckHops(int maxHops)
    {
        if (maxHops < 1 || maxHops > _options.MaxHops)
        {
            throw new AnalyticsException(ErrorCodes.MaxHopsExceeded, $"maxHops must be between 1 and {_options.MaxHops}; it was {maxHops}.");
        }
    }

    /// <summary>A list argument naming the same node twice is a mistake to point out, not to answer twice.</summary>
    private static void RefuseRepeated(IReadOnlyList<string>? ids, string argument)
    {
        if (ids?.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new AnalyticsException(ErrorCodes.InvalidArgument, $"'{argument}' names '{repeated.Key}' {repeated.Count()} times: list each id once.");
        }
    }

    private async Task<IReadOnlyList<NodeRecord>> RequireAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync(ids, cancellationToken);
        var missing = ids.Where(id => !nodes.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new AnalyticsException(ErrorCodes.NotFound, $"No node has the id {string.Join(", ", missing.Select(m => $"'{m}'"))}; find ids with search(text:).");
        }

        return ids.Select(id => nodes[id]).ToList();
    }

    /// <summary>
    /// All relationships of one type for many nodes, in one store call (read in the order the
    /// store pages fastest). More than MaxFanOut for one node stops the question rather than
    /// answering it from a silently truncated list.
    /// </summary>
    private async Task<IReadOnlyList<ConnectedNode>> NeighboursAsync(IReadOnlyList<string> ids, string type, Direction direction, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var query = new RelationshipQuery(ids, type, direction, null, [], SortOrder.ByName, new PageRequest(First: _options.MaxFanOut), IncludeTotalCount: false);
        var pages = await store.GetRelationshipsAsync(query, cancellationToken);
        if (pages.FirstOrDefault(p => p.Value.HasNextPage) is { Key: { } crowded })
        {
            throw new AnalyticsException(ErrorCodes.TraversalTooLarge, $"'{crowded}' has more than {_options.MaxFanOut} {type} relationships, more than one step may read (Analytics:MaxFanOut); narrow the question.");
        }

        return pages.Values.SelectMany(p => p.Items).ToList();
    }

    /// <summary>A path read from its end: the needing application first.</summary>
    private static GraphPath Reverse(GraphPath path) =>
        new([.. path.Nodes.Reverse()], [.. path.Relationships.Reverse()]);
}
