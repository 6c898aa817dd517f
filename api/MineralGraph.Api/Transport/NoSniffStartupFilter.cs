using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Puts <c>X-Content-Type-Options: nosniff</c> on every response of the app, the IDE, health and
/// 404s included, so a browser never reads a JSON answer as a script or a page. A startup filter
/// runs it first in the pipeline, whatever Program.cs adds.
/// </summary>
internal sealed class NoSniffStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return nextMiddleware(context);
        });
        next(app);
    };
}
