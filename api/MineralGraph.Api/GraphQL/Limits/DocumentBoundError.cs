using GraphQL.Validation;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// A document refused by one of its bounds before validation: a validation error (HTTP 400 with
/// <c>application/graphql-response+json</c>) with the bound's own code and a message that says
/// what to change.
/// </summary>
public sealed class DocumentBoundError : ValidationError
{
    public DocumentBoundError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
