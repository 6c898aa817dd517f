using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace Microsoft.Extensions.Hosting;

/// <summary>Registers the GraphQL-over-HTTP transport.</summary>
public static class GraphQLHttpTransportExtensions
{
    /// <summary>
    /// Adds the GraphQL-over-HTTP endpoint's services, its options (section <c>GraphQL:Http</c>,
    /// validated at start), its CORS policy, and persisted documents (section
    /// <c>GraphQL:PersistedDocuments</c>: documents sent by hash, trusted-documents mode), and
    /// <c>X-Content-Type-Options: nosniff</c> on every response. The
    /// schema, <c>IDocumentExecuter&lt;ISchema&gt;</c> and <c>IGraphQLTextSerializer</c> come from <c>AddGraphQL</c>.
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
        services.AddPersistedDocuments();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<IStartupFilter, NoSniffStartupFilter>();
        return builder;
    }
}
