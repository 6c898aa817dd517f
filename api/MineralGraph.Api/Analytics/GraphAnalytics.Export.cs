using MineralGraph.Api.Errors;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.Analytics;

public sealed partial class GraphAnalytics
{
    /// <summary>
    /// The nodes within <paramref name="depth"/> hops of a node, in either direction, and every
    /// relationship among them: one expansion, then one batched read per relationship type.
    /// </summary>
    public async Task<Subgraph> SubgraphAsync(string aroundId, int depth, GraphModel model, CancellationToken cancellationToken)
    {
        CheckHops(depth);
        var around = (await RequireAsync([aroundId], cancellationToken))[0];
        var paths = await store.ExpandAsync(new ExpandQuery([aroundId], [], Direction.Both, depth, _options.MaxVisitedPaths), cancellationToken);
        var nodes = paths.Select(p => p.End).Prepend(around).DistinctBy(n => n.Id).ToList();
        if (nodes.Count > _options.MaxExportNodes)
        {
            throw new AnalyticsException(ErrorCodes.TraversalTooLarge, $"The subgraph around '{aroundId}' has {nodes.Count} nodes within {depth} hops, more than the {_options.MaxExportNodes} an export holds; lower depth.");
        }

        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var labels = nodes.Select(n => n.Label).ToHashSet(StringComparer.Ordinal);
        var relationships = new List<RelationshipRecord>();
        foreach (var type in model.Relationships.Where(r => r.From.Any(labels.Contains) && r.To.Any(labels.Contains)))
        {
            var starts = nodes.Where(n => type.From.Contains(n.Label)).Select(n => n.Id).ToList();
            relationships.AddRange((await NeighboursAsync(starts, type.Type, Direction.Outgoing, cancellationToken))
                .Where(r => ids.Contains(r.Relationship.EndId))
                .Select(r => r.Relationship));
        }

        return new Subgraph(around, nodes, relationships.DistinctBy(r => r.Key).ToList());
    }
}
