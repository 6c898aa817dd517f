using Microsoft.AspNetCore.Authentication;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses credentials the authentication scheme rejected, for every transport on the GraphQL
/// path. The authentication middleware leaves such a caller anonymous, which would let a wrong
/// key read unnoticed; the scheme's result is cached for the request, so asking again costs nothing.
/// </summary>
internal static class RejectedCredentials
{
    public static async ValueTask ThrowIfAnyAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
            && await schemes.GetDefaultAuthenticateSchemeAsync() is not null
            && await context.AuthenticateAsync() is { Failure: { } failure })
        {
            throw new InvalidCredentialsError(failure.Message);
        }
    }
}
