using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Types;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>update&lt;Type&gt;(key:, set:, unset:)</c>: the key names the relationship's type, so a key
/// of another type is refused before anything is read; then one write (NOT_FOUND when no
/// relationship has the key).
/// </summary>
internal sealed class UpdateRelationshipResolver(RelationshipDefinition relationship, PropertyInputReader reader, GraphModel model, GraphQLLimitsOptions limits) : IFieldResolver
{
    private readonly string _owner = relationship.Type + " relationship";

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var key = context.GetArgument<string>("key");
        CheckKeyType(key);
        var problems = new MutationProblems();
        var changes = reader.ReadChanges(relationship.Properties, _owner, context.InputObject("set"), context.ReadList("unset", limits) ?? [], problems);
        problems.ThrowIfAny();

        var store = context.Store();
        if (changes.Set.GetValueOrDefault(GraphModel.SourcesProperty) is IReadOnlyList<string> sources)
        {
            SourceCitations.Check(sources, await store.GetNodesAsync(sources, context.CancellationToken), self: null);
        }

        var result = await store.WriteAsync(new GraphWrite([new UpdateRelationship(key, changes.Set, changes.Unset)]), context.CancellationToken);
        return result.Relationships[0];
    }

    private void CheckKeyType(string key)
    {
        var type = RelationshipKeys.TypeOf(key);
        if (type == relationship.Type)
        {
            return;
        }

        if (type is not null && model.FindRelationship(type) is not null)
        {
            throw MutationErrors.InvalidArgument($"'{key}' is the key of {English.A(type)} relationship, not {English.A(relationship.Type)}: use update{NameCase.ToPascal(type)}.");
        }

        throw MutationErrors.NotFound(
            $"No {relationship.Type} relationship has the key '{key}': keys look like '<from id>|{relationship.Type}|<to id>', as the key field of a relationship edge shows.");
    }
}
