using System.Text.Json;
using GraphQL;
using MineralGraph.Api.Errors;
using MineralGraph.Api.GraphQL.Batching;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

internal static class ResolveContextExtensions
{
    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>Whether the selection under this field asks for a field, under any alias or fragment.</summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.StringValue == fieldName) == true;

    public static IDictionary<string, object?>? InputObject(this IResolveFieldContext context, string name) =>
        context.Arguments?.TryGetValue(name, out var argument) == true ? argument.Value as IDictionary<string, object?> : null;

    /// <summary>The sort an <c>orderBy</c> argument asks for; its enum values carry the <see cref="SortOrder"/> (ascending).</summary>
    public static SortOrder ReadOrder(this IResolveFieldContext context, SortOrder fallback)
    {
        if (context.InputObject("orderBy") is not { } order || !order.TryGetValue("field", out var field) || field is not SortOrder sort)
        {
            return fallback;
        }

        return sort with { Descending = order.TryGetValue("direction", out var descending) && descending is true };
    }

    /// <summary>A cursor is valid only for the sort it was made under; this names that sort.</summary>
    public static string SortName(this SortOrder sort) =>
        $"{sort.Target}:{sort.Property}:{(sort.Descending ? "desc" : "asc")}";

    public static IReadOnlyList<string>? ReadList(this IResolveFieldContext context, string name, GraphQLLimitsOptions limits)
    {
        if (context.Arguments?.TryGetValue(name, out var argument) != true || argument.Value is not IEnumerable<object?> values)
        {
            return null;
        }

        var list = values.OfType<string>().ToList();
        if (list.Count > limits.MaxListSize)
        {
            throw new ExecutionError($"'{name}' has {list.Count} items, more than the {limits.MaxListSize} allowed; split the request.") { Code = ErrorCodes.ListSizeExceeded };
        }

        return list;
    }

    /// <summary>The field's arguments as text: fields with equal arguments share one batch.</summary>
    public static string ArgumentsKey(this IResolveFieldContext context) =>
        context.Arguments is null ? "" : JsonSerializer.Serialize(context.Arguments.ToDictionary(a => a.Key, a => a.Value.Value));
}
