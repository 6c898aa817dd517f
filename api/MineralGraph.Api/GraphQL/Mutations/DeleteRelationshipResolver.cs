using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary><c>deleteRelationship(key:)</c>: one write; a key that names nothing is NOT_FOUND.</summary>
internal sealed class DeleteRelationshipResolver : IFieldResolver
{
    public static readonly DeleteRelationshipResolver Instance = new();

    private DeleteRelationshipResolver()
    {
    }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var key = context.GetArgument<string>("key");
        await context.Store().WriteAsync(new GraphWrite([new DeleteRelationship(key)]), context.CancellationToken);
        return new DeleteRelationshipPayload(key);
    }
}
