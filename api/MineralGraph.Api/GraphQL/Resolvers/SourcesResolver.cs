using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>Resolves the Source ids of whatever a field sits on to Source nodes, batched across the whole level.</summary>
internal sealed class SourcesResolver(Func<object?, IReadOnlyList<string>?> sourceIds) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var ids = sourceIds(context.Source);
        if (ids is null || ids.Count == 0)
        {
            return new(Array.Empty<NodeRecord>());
        }

        return new(context.Loaders().Nodes.LoadMany(ids).Then(nodes => nodes.OfType<NodeRecord>().ToList()));
    }
}
