using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>update&lt;Label&gt;(id:, set:, unset:)</c>: checks the changes against the model, reads the
/// node and any newly cited sources in one call, then writes once.
/// </summary>
internal sealed class UpdateNodeResolver(LabelDefinition label, PropertyInputReader reader, GraphQLLimitsOptions limits) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>(GraphModel.IdProperty);
        var problems = new MutationProblems();
        var changes = reader.ReadChanges(label.Properties, label.Name, context.InputObject("set"), context.ReadList("unset", limits) ?? [], problems);
        problems.ThrowIfAny();

        var sources = changes.Set.GetValueOrDefault(GraphModel.SourcesProperty) as IReadOnlyList<string> ?? [];
        var store = context.Store();
        var found = await store.GetNodesAsync([id, .. sources], context.CancellationToken);
        if (!found.TryGetValue(id, out var node))
        {
            throw MutationErrors.NotFound($"No node has the id '{id}': check the id, or create the {label.Name} with create{label.Name}.");
        }

        if (node.Label != label.Name)
        {
            throw MutationErrors.InvalidArgument($"'{id}' is {English.A(node.Label)}, not {English.A(label.Name)}: use update{node.Label}.");
        }

        SourceCitations.Check(sources, found, label.Name == GraphModel.SourceLabel ? id : null);
        var result = await store.WriteAsync(new GraphWrite([new UpdateNode(id, changes.Set, changes.Unset)]), context.CancellationToken);
        return result.Nodes[0];
    }
}
