using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>
/// A root connection over the nodes of one label: one store call for the page, when the
/// selection reads one (items or the total), and one for the figures, when it asks for <c>aggregate</c>.
/// </summary>
internal sealed class LabelConnectionResolver(string label, WhereReader whereReader, GraphQLLimitsOptions limits, IReadOnlySet<string> propertyNames, AggregatePlan aggregates) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var sort = context.ReadOrder(SortOrder.ByName);
        var sortName = sort.SortName();
        var page = PageArguments.Read(context, sortName, limits);
        var filters = whereReader.Read([label], context.InputObject("where"));
        var selection = ConnectionSelection.Of(context, propertyNames);
        var includeTotal = context.Selects("totalCount");
        var figures = aggregates.FiguresUnder(context);
        var store = context.Store();
        var items = selection.NeedsItems || includeTotal
            ? store.FindNodesAsync(new NodeQuery(label, filters, sort, page, includeTotal) { Properties = selection.NodeFields }, context.CancellationToken)
            : Task.FromResult(Page<NodeRecord>.Empty(null));
        var aggregated = figures.Count > 0
            ? store.AggregateNodesAsync(new NodeAggregateQuery(label, filters, figures), context.CancellationToken)
            : null;
        await Task.WhenAll(aggregated is null ? [items] : [items, aggregated]);
        var connection = new Connection<NodeRecord>(await items, sortName);
        return aggregated is null ? connection : connection with { Aggregates = DeferredResult.Of(await aggregated) };
    }
}
