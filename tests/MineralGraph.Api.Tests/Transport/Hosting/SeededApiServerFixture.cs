using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>
/// The real Program, seeded store and real schema included, on Kestrel at a free loopback port,
/// for clients that must reach it over the network, like the node audit.
/// </summary>
public sealed class SeededApiServerFixture : IAsyncLifetime
{
    private readonly SeededApiFactory _factory = new();

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLUri => new(BaseAddress, "graphql");

    /// <summary>The store behind the server, counting its round trips.</summary>
    public CountingGraphStore Store => _factory.Store;

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address + "/");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
