using GraphQL.Validation;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>401 for a mutation sent without an API key: reads are open, writes need an editor's key.</summary>
public sealed class MutationUnauthenticatedError : ValidationError, IHttpStatusError
{
    public MutationUnauthenticatedError()
        : base($"Mutations need an API key with the '{ApiKeyRoles.Editor}' role: send it as 'Authorization: Bearer <key>' or '{ApiKeyDefaults.HeaderName}: <key>'.")
    {
        Code = ErrorCodes.Unauthenticated;
    }

    public int StatusCode => StatusCodes.Status401Unauthorized;

    public void AddHeaders(IHeaderDictionary headers) => headers[HeaderNames.WWWAuthenticate] = "Bearer";
}
