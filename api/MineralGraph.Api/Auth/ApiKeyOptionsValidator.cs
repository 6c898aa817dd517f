using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Auth;

/// <summary>Refuses to start with a key that could never match or that two holders would share, naming the entry to fix.</summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    private const int Sha256HexLength = 64;

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var entry = $"{ApiKeyOptions.SectionName}:{nameof(ApiKeyOptions.ApiKeys)}:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"{entry}:Name is empty: name the key's holder, e.g. 'data-team'.");
            }
            else if (!names.Add(key.Name))
            {
                failures.Add($"{entry}:Name '{key.Name}' is used by another key: give each key its own name.");
            }

            if (!ApiKeyRoles.All.Contains(key.Role, StringComparer.Ordinal))
            {
                failures.Add($"{entry}:Role '{key.Role}' is not a role: use one of {string.Join(", ", ApiKeyRoles.All)}.");
            }

            if (key.Sha256.Length != Sha256HexLength || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                failures.Add($"{entry}:Sha256 must be the key's SHA-256 as {Sha256HexLength} hex characters (it has {key.Sha256.Length} characters); configure the hash, never the key.");
            }
            else if (!hashes.Add(key.Sha256))
            {
                failures.Add($"{entry}:Sha256 is the hash of another configured key: give each holder its own key.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
