using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Resolvers;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>create&lt;Type&gt;(from:, to:, input:)</c>: checks the input against the model, reads both
/// ends and the cited sources in one call, checks the ends' labels, finds the keys the pair
/// already uses for this type, then writes once.
/// </summary>
internal sealed class CreateRelationshipResolver(RelationshipDefinition relationship, PropertyInputReader reader) : IFieldResolver
{
    private const int KeyPageSize = 500;

    private readonly string _owner = relationship.Type + " relationship";

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var from = context.GetArgument<string>("from");
        var to = context.GetArgument<string>("to");
        var problems = new MutationProblems();
        var properties = reader.ReadNew(relationship.Properties, context.InputObject("input")!, problems);
        var sources = properties.GetValueOrDefault(GraphModel.SourcesProperty) as IReadOnlyList<string> ?? [];
        if (sources.Count == 0)
        {
            problems.Add($"sources is empty: cite at least one Source that backs this {_owner}.");
        }

        problems.ThrowIfAny();

        var store = context.Store();
        var found = await store.GetNodesAsync([from, to, .. sources], context.CancellationToken);
        CheckEnd(from, "from", relationship.From, "start at", found);
        CheckEnd(to, "to", relationship.To, "end at", found);
        SourceCitations.Check(sources, found, self: null);

        var key = RelationshipKeys.Next(from, relationship.Type, to, await KeysBetweenAsync(store, from, to, context.CancellationToken));
        var record = new RelationshipRecord(key, relationship.Type, from, to, properties);
        var result = await store.WriteAsync(new GraphWrite([new CreateRelationship(record)]), context.CancellationToken);
        return result.Relationships[0];
    }

    private void CheckEnd(string id, string argument, IReadOnlyList<string> allowed, string verb, IReadOnlyDictionary<string, NodeRecord> found)
    {
        if (!found.TryGetValue(id, out var node))
        {
            throw MutationErrors.NotFound($"No node has the id '{id}' given in {argument}: create it first, or fix the id.");
        }

        if (!allowed.Contains(node.Label))
        {
            throw MutationErrors.InvalidArgument(
                $"{relationship.Type} cannot {verb} the {node.Label} '{id}': it goes from {string.Join(" or ", relationship.From)} to {string.Join(" or ", relationship.To)}; change {argument}.");
        }
    }

    /// <summary>The keys of the relationships of this type from one node to the other, which the new key must not repeat.</summary>
    private async Task<HashSet<string>> KeysBetweenAsync(IGraphStore store, string from, string to, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var query = new RelationshipQuery(
            [from], relationship.Type, Direction.Outgoing, null, [new PropertyFilter(GraphModel.IdProperty, FilterOperator.Equals, to)],
            new SortOrder(GraphModel.IdProperty), new PageRequest(First: KeyPageSize), IncludeTotalCount: false);
        while (true)
        {
            var page = (await store.GetRelationshipsAsync(query, cancellationToken))[from];
            keys.UnionWith(page.Items.Select(item => item.Relationship.Key));
            if (!page.HasNextPage)
            {
                return keys;
            }

            query = query with { Page = new PageRequest(First: KeyPageSize, After: page.Cursors[^1]) };
        }
    }
}
