using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The CORS policy of the GraphQL endpoint and the SDL, built from <see cref="GraphQLHttpOptions"/>:
/// only the configured origins, only GET and POST, and the request headers GraphQL clients,
/// tracing and Apollo Client send, with the configured ones. The caching headers a frontend needs
/// are exposed with the configured ones.
/// </summary>
internal sealed class GraphQLHttpCors(IOptions<GraphQLHttpOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string PolicyName = "GraphQLHttp";

    /// <summary>What browsers' GraphQL clients send: the request, revalidation, the API key, W3C trace context, and Apollo Client's headers.</summary>
    public static readonly string[] DefaultAllowedHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.IfNoneMatch,
        HeaderNames.Authorization, ApiKeyDefaults.HeaderName,
        "traceparent", "tracestate", "baggage",
        "apollographql-client-name", "apollographql-client-version", "apollo-require-preflight", "x-apollo-operation-name",
    ];

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
                .WithHeaders([.. DefaultAllowedHeaders.Union(http.AllowedHeaders, StringComparer.OrdinalIgnoreCase)])
                .WithExposedHeaders([.. CacheHeaders.Union(http.ExposedHeaders, StringComparer.OrdinalIgnoreCase)])
                .SetPreflightMaxAge(http.PreflightMaxAge);

            if (http.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
