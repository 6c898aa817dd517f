using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.GraphQL.Pagination;
using MineralGraph.GraphSchema;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

/// <summary>Reads one property of a node, or of the relationship behind a relationship edge.</summary>
internal sealed class PropertyResolver(string property, PropertyType type) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var value = context.Source switch
        {
            NodeRecord node => node[property],
            Edge<ConnectedNode> edge => edge.Node.Relationship[property],
            RelationshipRecord relationship => relationship[property],
            _ => null,
        };
        return new(Present(value, type));
    }

    private static object? Present(object? value, PropertyType type) => (value, type) switch
    {
        (null, PropertyType.StringList) => Array.Empty<string>(),
        _ => Present(value),
    };

    /// <summary>A value of the port as GraphQL.NET serializes it: the port's whole numbers are long, GraphQL's Int is int.</summary>
    public static object? Present(object? value) => value switch
    {
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        _ => value,
    };
}
