using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

internal sealed class SearchResolver(GraphQLLimitsOptions limits) : IFieldResolver
{
    private const int MaxTextLength = 200;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text");
        if (text.Length > MaxTextLength)
        {
            throw new ExecutionError($"The search text has {text.Length} characters; at most {MaxTextLength} are searched. Use fewer, more specific words.") { Code = ErrorCodes.InvalidArgument };
        }

        var first = context.GetArgument("first", 10);
        if (first < 0 || first > limits.MaxSearchResults)
        {
            throw new ExecutionError($"first must be between 0 and {limits.MaxSearchResults}; it was {first}.") { Code = ErrorCodes.PageSizeExceeded };
        }

        var query = new SearchQuery(text, context.ReadList("labels", limits), first);
        return await context.Store().SearchAsync(query, context.CancellationToken);
    }
}
