using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport;

namespace Microsoft.Extensions.Hosting;

/// <summary>Registers the GraphQL-over-HTTP transport.</summary>
public static class GraphQLHttpTransportExtensions
{
    /// <summary>
    /// Adds the GraphQL-over-HTTP endpoint's services, its options (section <c>GraphQL:Http</c>,
    /// validated at start) and its CORS policy. The schema, <c>IDocumentExecuter&lt;ISchema&gt;</c>
    /// and <c>IGraphQLTextSerializer</c> come from <c>AddGraphQL</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGraphQLHttpTransport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLHttpOptions>()
            .BindConfiguration(GraphQLHttpOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLHttpOptions>, GraphQLHttpOptionsValidator>();

        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, GraphQLHttpCors>();

        services.AddSingleton<GetRequestReader>();
        services.AddSingleton<PostRequestReader>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }
}
