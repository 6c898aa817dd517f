using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Auth;

/// <summary>The configured keys by hash. A presented key is hashed and compared with every entry in constant time.</summary>
internal sealed class ApiKeyRing(IOptions<ApiKeyOptions> options)
{
    private readonly (byte[] Hash, ApiKeyDefinition Key)[] _keys =
        [.. options.Value.ApiKeys.Select(key => (Convert.FromHexString(key.Sha256), key))];

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

    /// <summary>The caller a presented key stands for: a principal named after the key's holder, with its role; null when the key matches no entry.</summary>
    public ClaimsPrincipal? Authenticate(string presentedKey) =>
        Find(presentedKey) is { } key
            ? new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)],
                ApiKeyDefaults.AuthenticationScheme,
                ClaimTypes.Name,
                ClaimTypes.Role))
            : null;
}
