using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MineralGraph.Api.Tests.Telemetry.Infrastructure;

/// <summary>
/// A server on a free loopback port that records every request it gets and answers each with
/// the same JSON body: a stand-in for a peer the API talks to (Neo4j's Query API, an OTLP collector).
/// </summary>
public sealed class RecordingHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingHttpServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<RecordingHttpServer> StartAsync(string answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        RecordingHttpServer? server = null;
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path,
                context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new RecordingHttpServer(app, new Uri(address + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
