using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Auth;

/// <summary>
/// Reads an API key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-API-Key: &lt;key&gt;</c>.
/// No key: no result (the caller is anonymous and may read). A known key: a principal named after
/// the key's holder, with its role. Any other key, in either header whatever the other holds: a failure, which the GraphQL endpoint answers
/// with 401 whatever the operation, so a misconfigured client finds out at once.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(keys.Authenticate(ReadKeys(Request.Headers)) switch
    {
        (_, { } refusal) => AuthenticateResult.Fail(refusal),
        ({ } principal, _) => AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)),
        _ => AuthenticateResult.NoResult(),
    });

    /// <summary>
    /// Every key the request presents: a Bearer <c>Authorization</c> and an <c>X-API-Key</c> are both
    /// checked, so a wrong key is never hidden by a right one. Other authorization schemes are not ours to judge.
    /// </summary>
    private static IEnumerable<(string Key, string Where)> ReadKeys(IHeaderDictionary headers)
    {
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            yield return (authorization[BearerPrefix.Length..].Trim(), $"The {HeaderNames.Authorization} header");
        }

        if (headers.TryGetValue(ApiKeyDefaults.HeaderName, out var apiKey))
        {
            yield return (apiKey.ToString().Trim(), $"The {ApiKeyDefaults.HeaderName} header");
        }
    }
}
