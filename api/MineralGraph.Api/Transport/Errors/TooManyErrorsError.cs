using GraphQL;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>The last error of a response that had more than <see cref="GraphQLHttpOptions.MaxErrors"/>: how many were left out.</summary>
public sealed class TooManyErrorsError : ExecutionError
{
    public TooManyErrorsError(int omitted)
        : base($"{omitted} more errors are not listed: fix the ones above and send the request again.")
    {
        Code = ErrorCodes.TooManyErrors;
    }
}
