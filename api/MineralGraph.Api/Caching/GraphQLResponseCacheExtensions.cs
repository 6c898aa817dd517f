using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;

namespace Microsoft.Extensions.Hosting;

public static class GraphQLResponseCacheExtensions
{
    /// <summary>
    /// Adds the document cache, the two-level response cache (this process's memory, then Redis
    /// when <c>Cache:Redis</c> is set) and the resilient Redis <see cref="IDistributedCache"/>
    /// it stores through, its options (section <c>Cache</c>, validated at start) and its
    /// metrics (meter <c>MineralGraph.Cache</c>, which <c>AddOpenTelemetryTracing</c> exports over
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set). The GraphQL endpoint then answers through it.
    /// </summary>
    public static IHostApplicationBuilder AddGraphQLResponseCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<CacheMetrics>();

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<CircuitBreaker>();
        services.AddSingleton<IDistributedCache>(DistributedCache);

        // HybridCache keeps its first level in the shared IMemoryCache; every entry it adds has a size.
        services.AddOptions<MemoryCacheOptions>()
            .Configure<IOptions<CacheOptions>>((memory, cache) => memory.SizeLimit = cache.Value.LocalMaxBytes);
        services.AddHybridCache().AddSerializer<CachedResponse, CachedResponseSerializer>();
        services.AddOptions<HybridCacheOptions>()
            .Configure<IOptions<CacheOptions>>((hybrid, cache) => hybrid.MaximumPayloadBytes = cache.Value.MaxPayloadBytes + 1024);

        services.AddSingleton<DocumentCache>();
        services.AddSingleton<ResponseCacheKeys>();
        services.AddSingleton<GraphQLResponseCache>();

        return builder;
    }

    /// <summary>Redis behind the timeout and the breaker, or, without <c>Cache:Redis</c>, memory (which HybridCache skips as a second level).</summary>
    private static IDistributedCache DistributedCache(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CacheOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return new MemoryDistributedCache(Options.Options.Create(new MemoryDistributedCacheOptions()));
        }

        var connection = services.GetRequiredService<RedisConnection>();
        var redis = new RedisCache(Options.Options.Create(new RedisCacheOptions
        {
            InstanceName = options.KeyPrefix,
            ConnectionMultiplexerFactory = connection.GetAsync,
        }));
        return new ResilientDistributedCache(
            redis,
            services.GetRequiredService<CircuitBreaker>(),
            services.GetRequiredService<CacheMetrics>(),
            options.RedisTimeout,
            services.GetRequiredService<TimeProvider>());
    }
}
