using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Auth;

/// <summary>
/// Reads an API key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-API-Key: &lt;key&gt;</c>.
/// No key: no result (the caller is anonymous and may read). A known key: a principal named after
/// the key's holder, with its role. Any other key: a failure, which the GraphQL endpoint answers
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

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReadKey(Request.Headers) is not (var key, var header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.Fail(
                $"The {header} header holds no key: send 'Authorization: Bearer <key>' or '{ApiKeyDefaults.HeaderName}: <key>', or no key to read anonymously."));
        }

        if (keys.Authenticate(key) is not { } principal)
        {
            return Task.FromResult(AuthenticateResult.Fail(
                $"The API key in the {header} header is not valid: check it for typos or truncation, or ask for a new key; send no key to read anonymously."));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    /// <summary>The key and the header it came in; <c>Authorization</c> wins when both are sent. Other authorization schemes are not ours to judge.</summary>
    private static (string Key, string Header)? ReadKey(IHeaderDictionary headers)
    {
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (authorization[BearerPrefix.Length..].Trim(), HeaderNames.Authorization);
        }

        if (headers.TryGetValue(ApiKeyDefaults.HeaderName, out var apiKey))
        {
            return (apiKey.ToString().Trim(), ApiKeyDefaults.HeaderName);
        }

        return null;
    }
}
