using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Sdl;
using MineralGraph.Api.Transport;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the schema's SDL, for tools that read a schema file rather than introspect.</summary>
public static class SdlEndpointExtensions
{
    /// <summary>The SDL's path under the GraphQL endpoint's: <c>/graphql/schema.graphql</c> by default.</summary>
    public static string SdlPath(string graphQLPath) => graphQLPath.TrimEnd('/') + "/schema.graphql";

    /// <summary>
    /// Serves the printed schema at <see cref="SdlPath"/> as UTF-8 text, with a strong ETag, so
    /// graphql-codegen, IDE plugins and linters can fetch it by URL and revalidate it cheaply.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLSdl(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var graphQLPath = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = new SdlDocument(schema.Print() + "\n");

        return endpoints.MapGet(SdlPath(graphQLPath), document.ToResult)
            .RequireCors(GraphQLHttpCors.PolicyName)
            .WithDisplayName("GraphQL schema (SDL)");
    }
}
