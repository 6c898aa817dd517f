using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MineralGraph.Api.GraphiQL;

/// <summary>
/// Tells the developer who just started the API where to go: the IDE, the GraphQL endpoint and
/// the SDL, at the addresses the server actually bound (a port of 0 becomes the real port).
/// </summary>
internal static partial class GraphiQLStartupLog
{
    public static void WhenListening(IServiceProvider services, string idePath, string graphQLPath)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var server = services.GetRequiredService<IServer>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MineralGraph.Api.GraphiQL");
        lifetime.ApplicationStarted.Register(() =>
        {
            // A test server binds no address, and has nobody to tell.
            foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                var root = Browsable(address);
                LogAddresses(logger, root + idePath, root + graphQLPath, root + SdlEndpointExtensions.SdlPath(graphQLPath));
            }
        });
    }

    /// <summary>A wildcard binding (<c>http://[::]:5080</c>, <c>http://+:5080</c>) is reached from this machine as localhost.</summary>
    private static string Browsable(string address)
    {
        var uri = BindingAddress.Parse(address);
        var host = uri.Host is "[::]" or "0.0.0.0" or "+" or "*" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}{uri.PathBase}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MineralGraph is ready. GraphiQL: {Ide}  GraphQL endpoint: {Endpoint}  Schema (SDL): {Sdl}")]
    private static partial void LogAddresses(ILogger logger, string ide, string endpoint, string sdl);
}
