using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>
/// A relationship connection of one node. It does not query: it joins the batch of every node at
/// the same level asking the same field, fetched in one store call; the field's arguments are read
/// once per request, not once per node.
/// </summary>
internal sealed class RelationshipConnectionResolver(RelationshipField field, WhereReader whereReader, GraphQLLimitsOptions limits, IReadOnlySet<string> propertyNames) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var parent = (NodeRecord)context.Source!;
        var batch = context.Loaders().Relationships(context.FieldAst, (Resolver: this, Context: context), static state => state.Resolver.Describe(state.Context));
        var pages = batch.Loader.Load(parent.Id);
        return new(pages.Then(result => new Connection<ConnectedNode>(result ?? Page<ConnectedNode>.Empty(batch.IncludeTotalCount ? 0 : null), batch.SortName)));
    }

    private RelationshipDescription Describe(IResolveFieldContext context)
    {
        var sort = context.ReadOrder(SortOrder.ByName);
        var sortName = sort.SortName();
        var page = PageArguments.Read(context, sortName, limits);
        var labels = context.ReadList("labels", limits);
        var filters = whereReader.Read(labels is { Count: 1 } ? labels : field.OtherLabels, context.InputObject("where"));
        var includeTotal = context.Selects("totalCount");
        var selection = ConnectionSelection.Of(context, propertyNames);
        var query = new RelationshipQuery([], field.Relationship.Type, field.Direction, labels, filters, sort, page, includeTotal)
        {
            IncludeItems = selection.NeedsItems,
            NodeProperties = selection.NodeFields,
            RelationshipProperties = selection.EdgeFields,
        };
        return new RelationshipDescription(query, sortName, $"{field.FieldName}|{includeTotal}|{selection.Shape}|{context.ArgumentsKey()}");
    }
}
