using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Transport;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Applies the GraphQL endpoint's CORS policy.</summary>
public static class GraphQLHttpCorsExtensions
{
    /// <summary>
    /// Adds the CORS middleware and, when any origin is allowed, <c>Vary: Origin</c> on every
    /// response of the endpoints under the transport's policy.
    /// </summary>
    /// <remarks>
    /// Whether a response carries <c>Access-Control-Allow-Origin</c> depends on the request's
    /// <c>Origin</c>, also when the origin is refused or absent; ASP.NET Core says so only for
    /// some allowed origins. Without the header on all of them, a shared cache could hand one
    /// origin's answer to another, which the browser would then refuse or wrongly allow.
    /// </remarks>
    public static IApplicationBuilder UseGraphQLHttpCors(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.AllowedOrigins.Length > 0)
        {
            app.Use((context, next) =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<IEnableCorsAttribute>()?.PolicyName == GraphQLHttpCors.PolicyName)
                {
                    context.Response.OnStarting(AddVaryOrigin, context.Response);
                }

                return next(context);
            });
        }

        return app.UseCors();
    }

    // On starting, after every other part of the pipeline added its own Vary values, so Origin is listed once.
    private static Task AddVaryOrigin(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        if (!headers.Vary.Any(value => value?.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase) == true))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        return Task.CompletedTask;
    }
}
