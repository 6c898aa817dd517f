using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Refuses to start with cache settings that cannot work, naming the key to fix, so a typo
/// fails the deployment instead of silently turning caching off.
/// </summary>
internal sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    private const string Section = CacheOptions.SectionName;

    private static readonly TimeSpan MaxRedisTimeout = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        var failures = new List<string>();

        if (options.ResponseTtl <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:ResponseTtl must be positive, e.g. '00:10:00' (currently {options.ResponseTtl}).");
        }

        if (options.LocalTtl <= TimeSpan.Zero || options.LocalTtl > options.ResponseTtl)
        {
            failures.Add($"{Section}:LocalTtl must be positive and at most {Section}:ResponseTtl ({options.ResponseTtl}); currently {options.LocalTtl}.");
        }

        if (options.MaxPayloadBytes <= 0)
        {
            failures.Add($"{Section}:MaxPayloadBytes must be positive (currently {options.MaxPayloadBytes}).");
        }

        if (options.LocalMaxBytes < options.MaxPayloadBytes)
        {
            failures.Add($"{Section}:LocalMaxBytes must hold at least one response of {Section}:MaxPayloadBytes ({options.MaxPayloadBytes}); currently {options.LocalMaxBytes}.");
        }

        if (options.DocumentCacheMaxChars <= 0)
        {
            failures.Add($"{Section}:DocumentCacheMaxChars must be positive (currently {options.DocumentCacheMaxChars}).");
        }

        if (options.RedisTimeout <= TimeSpan.Zero || options.RedisTimeout > MaxRedisTimeout)
        {
            failures.Add($"{Section}:RedisTimeout must be between 0 and {MaxRedisTimeout.TotalSeconds:0} s, e.g. '00:00:00.250' (currently {options.RedisTimeout}): every cached request may wait this long when Redis is slow.");
        }

        if (options.FailuresBeforeBreak < 1)
        {
            failures.Add($"{Section}:FailuresBeforeBreak must be at least 1 (currently {options.FailuresBeforeBreak}).");
        }

        if (options.BreakDuration <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:BreakDuration must be positive, e.g. '00:00:10' (currently {options.BreakDuration}).");
        }

        if (options.DefaultMaxAge < 0 || options.AnalyticsMaxAge < 0)
        {
            failures.Add($"{Section}:DefaultMaxAge and {Section}:AnalyticsMaxAge are seconds and must not be negative (currently {options.DefaultMaxAge} and {options.AnalyticsMaxAge}).");
        }

        if (options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            failures.Add($"{Section}:KeyPrefix must not contain whitespace (currently '{options.KeyPrefix}').");
        }

        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            try
            {
                ConfigurationOptions.Parse(options.Redis);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{Section}:Redis is not a StackExchange.Redis configuration ({exception.Message}): write host:port, e.g. 'localhost:6379', or leave it empty for an in-process cache.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
