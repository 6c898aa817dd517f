using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Auth;

/// <summary>
/// The configured keys by hash, and the rules every transport applies to the keys a caller
/// presents. A presented key is hashed and compared with every entry in constant time.
/// </summary>
internal sealed class ApiKeyRing(IOptions<ApiKeyOptions> options)
{
    private readonly (byte[] Hash, ApiKeyDefinition Key)[] _keys =
        [.. options.Value.ApiKeys.Select(key => (Convert.FromHexString(key.Sha256), key))];

    /// <summary>
    /// The caller that the presented keys stand for, each named by where it came (e.g. "the
    /// Authorization header"). No key: anonymous (no principal, no refusal). Every key presented
    /// must match an entry, so a wrong key is never hidden by a right one, and all must be one
    /// holder's; otherwise the refusal says which key to fix.
    /// </summary>
    public (ClaimsPrincipal? Principal, string? Refusal) Authenticate(IEnumerable<(string Key, string Where)> presented)
    {
        ApiKeyDefinition? holder = null;
        string? holderWhere = null;
        foreach (var (key, where) in presented)
        {
            if (key.Length == 0)
            {
                return (null, $"{where} holds no key: send 'Authorization: Bearer <key>' or '{ApiKeyDefaults.HeaderName}: <key>', or no key to read anonymously.");
            }

            if (Find(key) is not { } definition)
            {
                return (null, $"The API key in {Lower(where)} is not valid: check it for typos or truncation, or ask for a new key; send no key to read anonymously.");
            }

            if (holder is not null && !ReferenceEquals(holder, definition))
            {
                return (null, $"{holderWhere} and {Lower(where)} hold the keys of two different holders: send one key.");
            }

            (holder, holderWhere) = (definition, where);
        }

        return holder is null ? (null, null) : (Principal(holder), null);
    }

    private ApiKeyDefinition? Find(string presentedKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey), hash);

        // No early exit: the time taken does not tell which entry, if any, matched.
        ApiKeyDefinition? match = null;
        foreach (var (expected, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                match = key;
            }
        }

        return match;
    }

    /// <summary>A principal named after the key's holder, with its role.</summary>
    private static ClaimsPrincipal Principal(ApiKeyDefinition key) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)],
            ApiKeyDefaults.AuthenticationScheme,
            ClaimTypes.Name,
            ClaimTypes.Role));

    private static string Lower(string where) => char.ToLowerInvariant(where[0]) + where[1..];
}
