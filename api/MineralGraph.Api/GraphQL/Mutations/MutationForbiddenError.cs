using GraphQL.Validation;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>403 for a mutation sent with a valid API key that lacks the editor role.</summary>
public sealed class MutationForbiddenError : ValidationError, IHttpStatusError
{
    public MutationForbiddenError(string? keyName)
        : base($"The API key '{keyName}' may read but not run mutations: use a key with the '{ApiKeyRoles.Editor}' role, or ask for this key's role to be changed.")
    {
        Code = ErrorCodes.Forbidden;
    }

    public int StatusCode => StatusCodes.Status403Forbidden;
}
