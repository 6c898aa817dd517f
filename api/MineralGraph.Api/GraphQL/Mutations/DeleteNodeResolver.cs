using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>deleteNode(id:, detach:)</c>: one write. The store refuses a missing node (NOT_FOUND), a node
/// with relationships unless <c>detach</c> is true, and a Source still cited (CONFLICT).
/// </summary>
internal sealed class DeleteNodeResolver : IFieldResolver
{
    public static readonly DeleteNodeResolver Instance = new();

    private DeleteNodeResolver()
    {
    }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>(GraphModel.IdProperty);
        var detach = context.GetArgument("detach", false);
        var result = await context.Store().WriteAsync(new GraphWrite([new DeleteNode(id, detach)]), context.CancellationToken);
        return new DeleteNodePayload(id, result.DeletedRelationshipKeys);
    }
}
