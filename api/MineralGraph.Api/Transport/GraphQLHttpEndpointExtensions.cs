using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpointExtensions
{
    /// <summary>
    /// Maps GET and POST on <see cref="GraphQLHttpOptions.Path"/> (every other method gets 405)
    /// with the transport's CORS policy, which <c>app.UseCors()</c> applies.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        return endpoints.Map(options.Path, endpoint.HandleAsync)
            .RequireCors(GraphQLHttpCors.PolicyName)
            .WithDisplayName("GraphQL over HTTP");
    }
}
