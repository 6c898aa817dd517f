using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MineralGraph.Api.Subscriptions;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>
/// The real API (<see cref="LiveApiFactory"/>) on Kestrel at a free loopback port, for the node
/// clients to reach, with a way to wait until the subscriptions they opened have started.
/// </summary>
public class LiveApiServer : IAsyncLifetime
{
    private readonly LiveApiFactory _factory;

    public LiveApiServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected LiveApiServer(IReadOnlyDictionary<string, string?> settings)
    {
        _factory = new LiveApiFactory(settings);
    }

    public Uri GraphQLUri { get; private set; } = null!;

    public IGraphStore Store => _factory.Services.GetRequiredService<IGraphStore>();

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        GraphQLUri = new Uri(new Uri(address + "/"), "graphql");
        return Task.CompletedTask;
    }

    /// <summary>A GraphQL-over-HTTP client with the editor key, for the writes whose events the tests watch.</summary>
    public GraphQLClient Editor()
    {
        var http = new HttpClient { BaseAddress = new Uri(GraphQLUri, "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.EditorKey);
        return new GraphQLClient(http);
    }

    /// <summary>
    /// Watches the subscriptions that start from now on (the <c>mineralgraph.subscriptions.active</c>
    /// metric): a client cannot tell when the server has started its subscription, a test can.
    /// </summary>
    public SubscriptionWatch WatchSubscriptions() =>
        new(new MetricCollector<long>(_factory.Services.GetRequiredService<IMeterFactory>(), SubscriptionMetrics.MeterName, "mineralgraph.subscriptions.active"));

    /// <summary>Watches the subscription executions, which subscribers of one document and variables share.</summary>
    public MetricCollector<long> WatchExecutions() =>
        new(_factory.Services.GetRequiredService<IMeterFactory>(), SubscriptionMetrics.MeterName, "mineralgraph.subscriptions.executions");

    public virtual async Task DisposeAsync() => await _factory.DisposeAsync();
}
