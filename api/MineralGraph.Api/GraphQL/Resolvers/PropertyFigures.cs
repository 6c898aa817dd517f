using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>The figures of one property in an aggregate result: what an <c>IntAggregate</c>, <c>FloatAggregate</c> or <c>DateAggregate</c> shows.</summary>
internal sealed record PropertyFigures(AggregateResult Result, string Property, SortTarget Target)
{
    public object? this[AggregateFunction function] => Result[new Aggregation(function, Property, Target)];
}
