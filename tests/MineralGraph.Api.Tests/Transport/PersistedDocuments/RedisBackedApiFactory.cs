using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>
/// The real API, with an empty graph, whose distributed cache is the given redis-server. The
/// Redis cache is registered here, in test setup only, until the caching feature registers it
/// from the <c>Cache:Redis</c> setting.
/// </summary>
public sealed class RedisBackedApiFactory(RedisServer redis) : SeededApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:SeedDirectory"] = "",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddStackExchangeRedisCache(options => options.Configuration = redis.Configuration));
    }
}
