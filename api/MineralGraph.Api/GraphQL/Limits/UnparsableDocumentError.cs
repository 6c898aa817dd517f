using GraphQL.Execution;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Limits;

/// <summary>
/// A document the parser could not read and could not describe either: GraphQLParser 9.5 fails
/// while quoting the source around some syntax errors (one that follows a carriage return), so
/// this says what it can, with the parser's code.
/// </summary>
public sealed class UnparsableDocumentError : DocumentError
{
    public UnparsableDocumentError()
        : base("The document is not valid GraphQL: check that its braces, parentheses and quotes are balanced and that it ends where it should.")
    {
        Code = ErrorCodes.SyntaxError;
    }
}
