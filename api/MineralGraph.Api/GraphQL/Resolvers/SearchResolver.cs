using GraphQL;
using GraphQL.Resolvers;
using MineralGraph.Api.Errors;
using MineralGraph.Store;

namespace MineralGraph.Api.GraphQL.Resolvers;

internal sealed class SearchResolver(GraphQLLimitsOptions limits) : IFieldResolver
{
    public const int MaxTextLength = 200;

    /// <summary>Each word is one index lookup: more than this many say more than a search can use.</summary>
    public const int MaxWords = 16;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text");
        if (text.Length > MaxTextLength)
        {
            throw new ExecutionError($"The search text has {text.Length} characters; at most {MaxTextLength} are searched. Use fewer, more specific words.") { Code = ErrorCodes.InvalidArgument };
        }

        var words = CountWords(text);
        if (words > MaxWords)
        {
            throw new ExecutionError($"The search text has {words} words; at most {MaxWords} are searched. Keep the words that matter, such as a name or a code.") { Code = ErrorCodes.InvalidArgument };
        }

        var first = context.GetArgument("first", 10);
        if (first < 0 || first > limits.MaxSearchResults)
        {
            throw new ExecutionError($"first must be between 0 and {limits.MaxSearchResults}; it was {first}.") { Code = ErrorCodes.PageSizeExceeded };
        }

        var query = new SearchQuery(text, context.ReadList("labels", limits), first);
        return await context.Store().SearchAsync(query, context.CancellationToken);
    }

    /// <summary>Runs of letters and digits, as the stores split words.</summary>
    private static int CountWords(string text) =>
        text.Select((character, i) => char.IsLetterOrDigit(character) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))).Count(starts => starts);
}
