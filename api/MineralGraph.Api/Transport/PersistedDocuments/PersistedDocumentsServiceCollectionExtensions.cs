using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>Registers the transport's persisted-documents step.</summary>
internal static class PersistedDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the persisted-documents step with its options (section <c>GraphQL:PersistedDocuments</c>,
    /// validated at start, manifest included). Documents clients persist go to the registered
    /// <c>IDistributedCache</c>; without one, to an in-process one, so a single instance works
    /// with no Redis. A cache registered by the caching feature replaces it. Lookups are counted on
    /// the caching feature's meter, <c>MineralGraph.Cache</c>, whether or not the response cache is added.
    /// </summary>
    public static IServiceCollection AddPersistedDocuments(this IServiceCollection services)
    {
        services.AddOptions<PersistedDocumentsOptions>()
            .BindConfiguration(PersistedDocumentsOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistedDocumentsOptions>, PersistedDocumentsOptionsValidator>();

        services.AddDistributedMemoryCache();
        services.AddMetrics();
        services.TryAddSingleton<CacheMetrics>();
        services.AddSingleton<PersistedDocumentStore>();
        services.AddSingleton<PersistQuota>();
        services.AddSingleton<PersistedDocumentResolver>();
        return services;
    }
}
