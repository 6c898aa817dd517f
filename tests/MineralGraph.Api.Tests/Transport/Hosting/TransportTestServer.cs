using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>
/// A real Kestrel server on a free loopback port, wired with the same extension methods as
/// Program.cs but with <see cref="TransportTestSchema"/>. Once Program wires the real schema,
/// <see cref="StartAsync"/> can become a <c>WebApplicationFactory&lt;Program&gt;</c> with
/// <c>UseKestrel(0)</c> and <c>StartServer()</c>; the tests only use <see cref="BaseAddress"/>.
/// </summary>
public sealed class TransportTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri => new(BaseAddress, "graphql");

    public IServiceProvider Services => _app.Services;

    public static async Task<TransportTestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            WebRootPath = RepositoryRoot.Combine("api", "MineralGraph.Api", "wwwroot"),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());

        builder.Services.AddSingleton<MutationCounter>();
        builder.Services.AddSingleton<CancellationProbe>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TransportTestSchema>()
            .AddGraphTypes(typeof(TransportTestSchema).Assembly)
            .AddSystemTextJson());
        builder.AddGraphQLHttpTransport();

        var app = builder.Build();
        try
        {
            app.UseGraphQLHttpCors();
            app.MapGraphQLHttp();
            app.MapGraphiQL();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TransportTestServer(app, new Uri(address + "/"));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
