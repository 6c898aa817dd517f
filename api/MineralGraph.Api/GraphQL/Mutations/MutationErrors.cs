using GraphQL;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>The errors a mutation raises before it writes; each message says what to change.</summary>
internal static class MutationErrors
{
    public static ExecutionError InvalidArgument(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    public static ExecutionError Conflict(string message) => new(message) { Code = ErrorCodes.Conflict };
}
