using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>
/// A relationship connection of one node. It does not query: it joins the batches of every node
/// at the same level asking the same field, one for pages and one for figures, each fetched in
/// one store call; the field's arguments are read once per request, not once per node.
/// </summary>
internal sealed class RelationshipConnectionResolver(RelationshipField field, WhereReader whereReader, GraphQLLimitsOptions limits, IReadOnlySet<string> propertyNames, AggregatePlan aggregates) : IFieldResolver
{
    /// <summary>The argument with conditions on the relationships' own properties, beside <c>where</c> on the related nodes.</summary>
    public const string EdgeWhereArgument = "edgeWhere";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var parent = (NodeRecord)context.Source!;
        var batch = context.Loaders().Relationships(context.FieldAst, (Resolver: this, Context: context), static state => state.Resolver.Describe(state.Context));
        var figures = batch.Aggregates?.Load(parent.Id).Then(result => result ?? AggregateResult.Empty([]));
        if (batch.Pages is null)
        {
            return new(new Connection<ConnectedNode>(Page<ConnectedNode>.Empty(null), batch.SortName) { Aggregates = figures });
        }

        var pages = batch.Pages.Load(parent.Id);
        return new(pages.Then(result => new Connection<ConnectedNode>(result ?? Page<ConnectedNode>.Empty(batch.IncludeTotalCount ? 0 : null), batch.SortName) { Aggregates = figures }));
    }

    private RelationshipDescription Describe(IResolveFieldContext context)
    {
        var sort = context.ReadOrder(SortOrder.ByName);
        var sortName = sort.SortName();
        var page = PageArguments.Read(context, sortName, limits);
        var labels = context.ReadList("labels", limits);
        var filters = whereReader.Read(labels is { Count: 1 } ? labels : field.OtherLabels, context.InputObject("where"));
        var relationshipFilters = whereReader.ReadRelationship(field.Relationship, context.InputObject(EdgeWhereArgument));
        var includeTotal = context.Selects("totalCount");
        var selection = ConnectionSelection.Of(context, propertyNames);
        var query = selection.NeedsItems || includeTotal
            ? new RelationshipQuery([], field.Relationship.Type, field.Direction, labels, filters, sort, page, includeTotal)
            {
                IncludeItems = selection.NeedsItems,
                NodeProperties = selection.NodeFields,
                RelationshipProperties = selection.EdgeFields,
                RelationshipFilters = relationshipFilters,
            }
            : null;
        var figures = aggregates.FiguresUnder(context);
        var aggregateQuery = figures.Count > 0
            ? new RelationshipAggregateQuery([], field.Relationship.Type, field.Direction, labels, filters, relationshipFilters, figures)
            : null;
        var shape = $"{field.FieldName}|{query is not null}|{includeTotal}|{selection.Shape}|{string.Join(',', figures.Select(f => $"{f.Function}:{f.Target}:{f.Property}").Order(StringComparer.Ordinal))}|{context.ArgumentsKey()}";
        return new RelationshipDescription(query, aggregateQuery, sortName, shape);
    }
}
