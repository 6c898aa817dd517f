using GraphQL;
using GraphQL.Types;
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
        var services = endpoints.ServiceProvider;
        EnsureRegistered<GraphQLHttpEndpoint>(services, "the transport's services", "call builder.AddGraphQLHttpTransport() before building the app");
        EnsureRegistered<IDocumentExecuter<ISchema>>(services, "IDocumentExecuter<ISchema>", "register the schema with builder.Services.AddGraphQL(graphQL => graphQL.AddSchema<TSchema>()...)");
        EnsureRegistered<IGraphQLTextSerializer>(services, "IGraphQLTextSerializer", "add .AddSystemTextJson() to builder.Services.AddGraphQL(...)");

        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
        return endpoints.Map(options.Path, endpoint.HandleAsync)
            .RequireCors(GraphQLHttpCors.PolicyName)
            .WithDisplayName("GraphQL over HTTP");
    }

    private static void EnsureRegistered<TService>(IServiceProvider services, string what, string fix)
    {
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) == false)
        {
            throw new InvalidOperationException($"MapGraphQLHttp cannot find {what} among the registered services: {fix}.");
        }
    }
}
