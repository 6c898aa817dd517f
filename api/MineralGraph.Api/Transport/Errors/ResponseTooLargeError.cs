using GraphQL.Execution;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// The answer instead of a response larger than <see cref="GraphQLHttpOptions.MaxResponseBytes"/>:
/// the request asked for more than one response may carry (400 with
/// <c>application/graphql-response+json</c>, like a query refused for its cost).
/// </summary>
public sealed class ResponseTooLargeError : DocumentError
{
    public ResponseTooLargeError(long limit)
        : base($"The response would be larger than {limit} bytes: ask for fewer fields, smaller pages or a smaller subgraph, or raise {GraphQLHttpOptions.SectionName}:MaxResponseBytes.")
    {
        Code = ErrorCodes.ResponseTooLarge;
    }
}
