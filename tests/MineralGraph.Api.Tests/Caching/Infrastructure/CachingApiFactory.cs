using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// The real API on its own seeded SQLite file with cache debugging on (X-Cache), optionally on a
/// Redis server under a key prefix of its own. A request with <see cref="TestUserHeader"/> runs
/// as that authenticated user, standing in for the API-key authentication. Logs are collected in
/// <see cref="Logs"/>.
/// </summary>
public sealed class CachingApiFactory(string? redis = null, IReadOnlyDictionary<string, string?>? settings = null) : SeededApiFactory
{
    public const string TestUserHeader = "X-Test-User";

    // Test APIs have stores of their own: sharing one Redis, each needs its own keys.
    private readonly string _keyPrefix = $"test-{Guid.NewGuid():N}:";

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var all = new Dictionary<string, string?>
            {
                ["Cache:Debug"] = "true",
                ["Cache:Redis"] = redis ?? "",
                ["Cache:KeyPrefix"] = _keyPrefix,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            return all;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestUserFilter>();
            services.AddFakeLogging();
        });
    }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    private sealed class TestUserFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[TestUserHeader] is [{ Length: > 0 } name])
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Test"));
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
