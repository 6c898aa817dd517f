using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Filtering;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>A root connection over the nodes of one label: one store call.</summary>
internal sealed class LabelConnectionResolver(string label, WhereReader whereReader, GraphQLLimitsOptions limits, IReadOnlySet<string> propertyNames) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var sort = context.ReadOrder(SortOrder.ByName);
        var sortName = sort.SortName();
        var page = PageArguments.Read(context, sortName, limits);
        var filters = whereReader.Read([label], context.InputObject("where"));
        var query = new NodeQuery(label, filters, sort, page, context.Selects("totalCount")) { Properties = ConnectionSelection.Of(context, propertyNames).NodeFields };
        return new Connection<NodeRecord>(await context.Store().FindNodesAsync(query, context.CancellationToken), sortName);
    }
}
