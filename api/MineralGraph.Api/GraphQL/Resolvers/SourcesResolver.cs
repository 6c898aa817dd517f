using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>Resolves the <c>sources</c> ids of a node or relationship to Source nodes, batched across the whole level.</summary>
internal sealed class SourcesResolver : IFieldResolver
{
    public static SourcesResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var ids = context.Source switch
        {
            NodeRecord node => node[GraphModel.SourcesProperty],
            Edge<ConnectedNode> edge => edge.Node.Relationship[GraphModel.SourcesProperty],
            _ => null,
        } as IReadOnlyList<string>;
        if (ids is null || ids.Count == 0)
        {
            return new(Array.Empty<NodeRecord>());
        }

        return new(context.Loaders().Nodes.LoadMany(ids).Then(nodes => nodes.OfType<NodeRecord>().ToList()));
    }
}
