using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Transport.GraphiQL;

public sealed class GraphiQLStartupLogTests
{
    [Fact]
    public async Task Start_OnAPortChosenByTheSystem_LogsTheIdeEndpointAndSchemaAtTheRealAddress()
    {
        await using var api = new LoggingApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        var ready = Assert.Single(api.Services.GetFakeLogCollector().GetSnapshot(), log => log.Message.StartsWith("MineralGraph is ready", StringComparison.Ordinal));

        Assert.DoesNotContain(":0/", address + "/");
        Assert.Contains($"GraphiQL: {address}/graphiql", ready.Message);
        Assert.Contains($"GraphQL endpoint: {address}/graphql", ready.Message);
        Assert.Contains($"Schema (SDL): {address}/graphql/schema.graphql", ready.Message);
    }

    private sealed class LoggingApiFactory : SeededApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddFakeLogging());
        }
    }
}
