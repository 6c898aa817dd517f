using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Refuses to start with settings the endpoint cannot honour, naming the key to fix, so a typo
/// in configuration fails the deployment instead of the first request.
/// </summary>
internal sealed class GraphQLHttpOptionsValidator : IValidateOptions<GraphQLHttpOptions>
{
    private const string Section = GraphQLHttpOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, GraphQLHttpOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/'))
        {
            failures.Add($"{Section}:Path must start with '/' (currently '{options.Path}').");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"{Section}:MaxRequestBodyBytes must be positive (currently {options.MaxRequestBodyBytes}).");
        }

        if (options.ExecutionTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:ExecutionTimeout must be positive, e.g. '00:00:30' (currently {options.ExecutionTimeout}).");
        }

        if (options.MaxErrors <= 0)
        {
            failures.Add($"{Section}:MaxErrors must be positive (currently {options.MaxErrors}).");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{Section}:MaxResponseBytes must be positive (currently {options.MaxResponseBytes}).");
        }

        if (options.PreflightMaxAge < TimeSpan.Zero)
        {
            failures.Add($"{Section}:PreflightMaxAge must not be negative (currently {options.PreflightMaxAge}).");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (origin == "*")
            {
                failures.Add($"{Section}:AllowedOrigins must list origins, not '*': name each frontend, e.g. 'https://app.example.com'.");
            }
            else if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/"
                || origin.EndsWith('/'))
            {
                failures.Add($"{Section}:AllowedOrigins entry '{origin}' is not an origin: write scheme, host and optional port with no path or trailing slash, e.g. 'https://app.example.com'.");
            }
        }

        foreach (var (key, headers) in new[] { ("AllowedHeaders", options.AllowedHeaders), ("ExposedHeaders", options.ExposedHeaders) })
        {
            foreach (var header in headers.Where(header => !IsHeaderName(header)))
            {
                failures.Add($"{Section}:{key} entry '{header}' is not a header name: give one name per entry, letters, digits and '-', e.g. 'x-client-build'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // RFC 9110's token characters; '*' is left out, since a wildcard would allow every header.
    private static bool IsHeaderName(string header) =>
        header.Length > 0 && header.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'+-.^_`|~".Contains(c));
}
