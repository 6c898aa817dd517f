using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Compression;

namespace Microsoft.Extensions.Hosting;

/// <summary>Compresses responses for browsers and other clients that accept Brotli or gzip.</summary>
public static class HttpCompressionExtensions
{
    // GraphQL responses, the SDL, and the IDE's page, scripts, styles and icon.
    private static readonly string[] MimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        "application/graphql-response+json",
        "image/svg+xml",
    ];

    /// <summary>
    /// Adds response compression (section <c>Compression</c>, validated at start): Brotli, else
    /// gzip, at their fastest levels, over HTTP and HTTPS, for the media types this API serves,
    /// except for requests that carry credentials and for short responses.
    /// </summary>
    public static IHostApplicationBuilder AddHttpCompression(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HttpCompressionOptions>()
            .BindConfiguration(HttpCompressionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IResponseCompressionProvider, BreachSafeCompressionProvider>();
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = MimeTypes;
        });
        return builder;
    }

    /// <summary>Compresses what the endpoints after it write, when <c>Compression:Enabled</c>.</summary>
    public static IApplicationBuilder UseHttpCompression(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<HttpCompressionOptions>>().Value.Enabled
            ? app.UseResponseCompression()
            : app;
}
