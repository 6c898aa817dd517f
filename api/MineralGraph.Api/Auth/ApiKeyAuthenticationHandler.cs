using System.Security.Claims;
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

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(Authenticate(Request.Headers));

    private AuthenticateResult Authenticate(IHeaderDictionary headers)
    {
        ApiKeyDefinition? holder = null;
        string? holderHeader = null;
        foreach (var (key, header) in ReadKeys(headers))
        {
            if (key.Length == 0)
            {
                return AuthenticateResult.Fail(
                    $"The {header} header holds no key: send 'Authorization: Bearer <key>' or '{ApiKeyDefaults.HeaderName}: <key>', or no key to read anonymously.");
            }

            if (keys.Find(key) is not { } definition)
            {
                return AuthenticateResult.Fail(
                    $"The API key in the {header} header is not valid: check it for typos or truncation, or ask for a new key; send no key to read anonymously.");
            }

            if (holder is not null && !ReferenceEquals(holder, definition))
            {
                return AuthenticateResult.Fail(
                    $"The {holderHeader} and {header} headers hold the keys of two different holders: send one key.");
            }

            (holder, holderHeader) = (definition, header);
        }

        if (holder is null)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, holder.Name), new Claim(ClaimTypes.Role, holder.Role)],
            ApiKeyDefaults.AuthenticationScheme,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>
    /// Every key the request presents: a Bearer <c>Authorization</c> and an <c>X-API-Key</c> are both
    /// checked, so a wrong key is never hidden by a right one. Other authorization schemes are not ours to judge.
    /// </summary>
    private static IEnumerable<(string Key, string Header)> ReadKeys(IHeaderDictionary headers)
    {
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            yield return (authorization[BearerPrefix.Length..].Trim(), HeaderNames.Authorization);
        }

        if (headers.TryGetValue(ApiKeyDefaults.HeaderName, out var apiKey))
        {
            yield return (apiKey.ToString().Trim(), ApiKeyDefaults.HeaderName);
        }
    }
}
