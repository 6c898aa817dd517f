using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The CORS policy of the GraphQL endpoint, built from <see cref="GraphQLHttpOptions"/>: only the
/// configured origins, only GET and POST, and only the request headers a GraphQL client sends,
/// its API key included. The caching headers a frontend needs are exposed with the configured ones.
/// </summary>
internal sealed class GraphQLHttpCors(IOptions<GraphQLHttpOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string PolicyName = "GraphQLHttp";

    // A browser hides every other response header from a cross-origin script: without these a
    // frontend could not revalidate with If-None-Match or tell a cache hit with Cache:Debug.
    private static readonly string[] CacheHeaders = [HeaderNames.ETag, GraphQLResponseWriter.CacheHeader];

    public void Configure(CorsOptions cors)
    {
        var http = options.Value;
        cors.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins(http.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.Authorization, ApiKeyDefaults.HeaderName)
                .WithExposedHeaders([.. CacheHeaders.Union(http.ExposedHeaders, StringComparer.OrdinalIgnoreCase)])
                .SetPreflightMaxAge(http.PreflightMaxAge);

            if (http.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
