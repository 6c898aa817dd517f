using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.GraphiQL;
using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Transport.GraphiQL;

public sealed partial class GraphiQLPageTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [Fact]
    public async Task Page_IsHtmlThatPointsAtTheGraphQLEndpointAndIsRevalidated()
    {
        using var response = await fixture.Client.GetAsync("graphiql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("data-endpoint=\"/graphql\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_ForbidsEveryOtherOriginThroughItsContentSecurityPolicy()
    {
        using var response = await fixture.Client.GetAsync("graphiql");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.DoesNotContain("http", policy);
    }

    [Fact]
    public async Task Page_ReferencesOnlyItsOwnVersionedAssets()
    {
        var html = await fixture.Client.GetStringAsync("graphiql");

        var references = AssetReferences(html);
        Assert.Equal(
            ["favicon.svg", "graphiql.css", "react.js", "react-dom.js", "graphiql.js", "start.js"],
            references.Select(reference => reference.Name));
        Assert.All(references, reference => Assert.Matches("^/graphiql/[a-z.-]+\\?v=[0-9a-f]{16}$", reference.Url));
        Assert.DoesNotMatch("(?i)https?:|//[a-z]", html);
    }

    [Fact]
    public async Task Assets_ReferencedByThePage_AreServedForAYearWithTheirMediaType()
    {
        var html = await fixture.Client.GetStringAsync("graphiql");

        foreach (var reference in AssetReferences(html))
        {
            using var response = await fixture.Client.GetAsync(reference.Url.TrimStart('/'));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Path.GetExtension(reference.Name) switch { ".css" => "text/css", ".svg" => "image/svg+xml", _ => "text/javascript" }, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{reference.Url} is nearly empty.");
        }
    }

    [Fact]
    public async Task Asset_WithoutItsVersion_IsRevalidated()
    {
        using var response = await fixture.Client.GetAsync("graphiql/graphiql.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Asset_RequestedWithItsETag_Returns304()
    {
        using var first = await fixture.Client.GetAsync("graphiql/react.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphiql/react.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Asset_ForAClientThatAcceptsGzip_IsSentCompressed()
    {
        using var plainResponse = await fixture.Client.GetAsync("graphiql/graphiql.js");
        var plain = await plainResponse.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphiql/graphiql.js");
        request.Headers.AcceptEncoding.ParseAdd("br;q=0.9, gzip;q=0.8");

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(compressed.Length, 1, plain.Length / 2);
        using var decompressed = new MemoryStream();
        await using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(decompressed);
        }

        Assert.Equal(plain, decompressed.ToArray());
        Assert.Empty(plainResponse.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Stylesheet_LoadsNothingFromAnotherOrigin()
    {
        var css = await fixture.Client.GetStringAsync("graphiql/graphiql.css");

        Assert.DoesNotMatch(@"(?i)url\(\s*['""]?(https?:)?//", css);
        Assert.DoesNotMatch("(?i)@import", css);
    }

    [Fact]
    public async Task Page_UnderAPathBase_LinksEndpointAndAssetsUnderIt_AndEachBaseKeepsItsOwnETag()
    {
        var environment = fixture.Server.Services.GetRequiredService<IWebHostEnvironment>();
        var page = new GraphiQLPage(GraphiQLAssets.Load(environment.WebRootFileProvider), "/graphiql", "/graphql");

        var (atRoot, rootTag) = await RenderAsync(page, "");
        var (underBase, baseTag) = await RenderAsync(page, "/minerals");
        var (underBaseAgain, baseTagAgain) = await RenderAsync(page, "/minerals");

        Assert.Contains("data-endpoint=\"/minerals/graphql\"", underBase);
        Assert.All(AssetReferences(underBase), reference => Assert.StartsWith("/minerals/graphiql/", reference.Url));
        Assert.Contains("data-endpoint=\"/graphql\"", atRoot);
        Assert.NotEqual(rootTag, baseTag);
        Assert.Equal((underBase, baseTag), (underBaseAgain, baseTagAgain));
    }

    [Fact]
    public async Task Page_OpensOnTheMineralGraphExamples_FirstTheExportControlsQuery()
    {
        var html = await fixture.Client.GetStringAsync("graphiql");

        var json = Regex.Match(html, """<script type="application/json" id="graphiql-examples">(?<json>[^<]*)</script>""").Groups["json"].Value;
        var examples = System.Text.Json.JsonSerializer.Deserialize<string[]>(json)!;
        Assert.Equal(["RareEarthExportControls", "CobaltConcentration", "Search"], examples.Select(example => Regex.Match(example, @"query (\w+)").Groups[1].Value));
        Assert.StartsWith("# Welcome to MineralGraph", examples[0]);
        Assert.DoesNotContain("Welcome to GraphiQL", html);
    }

    [Fact]
    public async Task Root_RedirectsToGraphiQL()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphiql", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task UnknownAsset_Returns404()
    {
        using var response = await fixture.Client.GetAsync("graphiql/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(string Html, string? ETag)> RenderAsync(GraphiQLPage page, string pathBase)
    {
        var context = new DefaultHttpContext { RequestServices = fixture.Server.Services };
        context.Request.PathBase = pathBase;
        context.Response.Body = new MemoryStream();

        await page.ToResult(context).ExecuteAsync(context);

        return (Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), context.Response.Headers.ETag);
    }

    private static List<(string Name, string Url)> AssetReferences(string html) =>
        [.. AssetReference().Matches(html).Select(match => (match.Groups["name"].Value, match.Groups["url"].Value))];

    [GeneratedRegex("""(?:src|href)="(?<url>/graphiql/(?<name>[^"?]+)[^"]*)"|(?:src|href)="(?<url>[^"]*)(?<name>)""")]
    private static partial Regex AssetReference();
}
