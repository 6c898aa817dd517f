using GraphQL;
using GraphQL.Types;
using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Pagination;

/// <summary>The Relay arguments of every connection field, read and bounded in one place.</summary>
public static class PageArguments
{
    public const string First = "first";
    public const string After = "after";
    public const string Last = "last";
    public const string Before = "before";

    public static IEnumerable<QueryArgument> Define(GraphQLLimitsOptions limits, IGraphType intType, IGraphType stringType) =>
    [
        new QueryArgument(intType) { Name = First, Description = $"Page forward: at most this many items (default {limits.DefaultPageSize}, at most {limits.MaxPageSize})." },
        new QueryArgument(stringType) { Name = After, Description = "Items after this cursor." },
        new QueryArgument(intType) { Name = Last, Description = $"Page backward: at most this many items (at most {limits.MaxPageSize})." },
        new QueryArgument(stringType) { Name = Before, Description = "Items before this cursor." },
    ];

    public static PageRequest Read(IResolveFieldContext context, string sortName, GraphQLLimitsOptions limits)
    {
        var first = context.GetArgument<int?>(First);
        var last = context.GetArgument<int?>(Last);
        if (first is not null && last is not null)
        {
            throw new ExecutionError("Pass either first or last, not both.") { Code = ErrorCodes.InvalidArgument };
        }

        foreach (var (name, size) in new[] { (First, first), (Last, last) })
        {
            if (size < 0)
            {
                throw new ExecutionError($"{name} must be zero or more; it was {size}.") { Code = ErrorCodes.InvalidArgument };
            }

            if (size > limits.MaxPageSize)
            {
                throw new ExecutionError($"{name} is {size}, above the largest page size of {limits.MaxPageSize}; page with after/before instead.") { Code = ErrorCodes.PageSizeExceeded };
            }
        }

        var after = context.GetArgument<string?>(After);
        var before = context.GetArgument<string?>(Before);
        return new PageRequest(
            First: last is null ? first ?? limits.DefaultPageSize : null,
            After: after is null ? null : CursorCodec.Decode(sortName, after),
            Last: last,
            Before: before is null ? null : CursorCodec.Decode(sortName, before));
    }
}
