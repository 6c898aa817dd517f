using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>
/// The real Program, seeded store and real schema included, on Kestrel at a free loopback port,
/// for clients that must reach it over the network, like the node audit. A subclass passes a
/// factory with its own settings.
/// </summary>
public class SeededApiServerFixture : IAsyncLifetime
{
    private readonly SeededApiFactory _factory;

    public SeededApiServerFixture()
        : this(new SeededApiFactory())
    {
    }

    protected SeededApiServerFixture(SeededApiFactory factory) => _factory = factory;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLUri => new(BaseAddress, "graphql");

    /// <summary>The store behind the server, counting its round trips.</summary>
    public CountingGraphStore Store => _factory.Store;

    public virtual Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address + "/");
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await _factory.DisposeAsync();
}
