using Microsoft.Extensions.Options;
using MineralGraph.Api.GraphiQL;
using MineralGraph.Api.Transport;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphiQL IDE.</summary>
public static class GraphiQLEndpointExtensions
{
    /// <summary>
    /// Serves GraphiQL at <paramref name="path"/>, talking to the endpoint of
    /// <c>MapGraphQLHttp</c>, with every script and stylesheet served from this app; <c>/</c>
    /// redirects to it, and once the server listens the log says where the IDE, the endpoint
    /// and the SDL are.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints, string path = "/graphiql")
    {
        var services = endpoints.ServiceProvider;
        var graphQLPath = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var assets = GraphiQLAssets.Load(services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider);
        var pagePath = path.TrimEnd('/');
        var page = new GraphiQLPage(assets, pagePath, graphQLPath);

        endpoints.MapGet("/", (HttpContext context) => TypedResults.Redirect(context.Request.PathBase + pagePath))
            .WithDisplayName("Redirect to GraphiQL");
        GraphiQLStartupLog.WhenListening(services, pagePath, graphQLPath);

        var group = endpoints.MapGroup(path);
        group.MapGet("", page.ToResult);
        group.MapGet("{asset}", (string asset, HttpContext context) => page.AssetResult(asset, context));
        return group;
    }
}
