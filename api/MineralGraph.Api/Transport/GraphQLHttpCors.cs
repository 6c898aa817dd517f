using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The CORS policy of the GraphQL endpoint, built from <see cref="GraphQLHttpOptions"/>: only the
/// configured origins, only GET and POST, and only the request headers a GraphQL client sends,
/// its API key included.
/// </summary>
internal sealed class GraphQLHttpCors(IOptions<GraphQLHttpOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string PolicyName = "GraphQLHttp";

    public void Configure(CorsOptions cors)
    {
        var http = options.Value;
        cors.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins(http.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.Authorization, ApiKeyDefaults.HeaderName)
                .WithExposedHeaders(http.ExposedHeaders)
                .SetPreflightMaxAge(http.PreflightMaxAge);

            if (http.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
