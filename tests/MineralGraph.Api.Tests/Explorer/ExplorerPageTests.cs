using System.Net;
using System.Text.RegularExpressions;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer page as the API serves it: HTML that names the GraphQL endpoint, a
/// Content-Security-Policy that lets nothing but this origin in and nothing run inline, and its
/// own versioned assets, built at build time, cached for a year.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed partial class ExplorerPageTests(SeededApiFactory api)
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Page_IsHtmlThatPointsAtTheGraphQLEndpointAndIsRevalidated()
    {
        using var response = await _client.GetAsync("/explore");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.Matches("data-world=\"/explore/countries-110m.json\\?v=[0-9a-f]{16}\"", html);
        Assert.Contains("<title>MineralGraph Explorer</title>", html);
    }

    [Fact]
    public async Task Page_ContentSecurityPolicy_LetsInOnlyThisOrigin_AndNothingInlineButCytoscapesOneStyleByItsHash()
    {
        using var response = await _client.GetAsync("/explore");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            policy);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Page_ReferencesOnlyItsOwnVersionedAssets_ServedForAYearWithTheirMediaType()
    {
        var html = await _client.GetStringAsync("/explore");

        var references = AssetReference().Matches(html).Select(match => (Name: match.Groups["name"].Value, Url: match.Groups["url"].Value)).ToList();
        Assert.Equal(["favicon.svg", "explorer.css", "countries-110m.json", "explorer.js"], references.Select(reference => reference.Name));
        Assert.DoesNotMatch("(?i)https?:|//[a-z]", html);
        foreach (var (name, url) in references)
        {
            using var response = await _client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                Path.GetExtension(name) switch { ".css" => "text/css", ".svg" => "image/svg+xml", ".json" => "application/json", _ => "text/javascript" },
                response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{url} is nearly empty.");
        }
    }

    [Fact]
    public async Task Stylesheet_LoadsNothingFromAnotherOrigin()
    {
        var css = await _client.GetStringAsync("/explore/explorer.css");

        Assert.DoesNotMatch(@"(?i)url\(", css);
        Assert.DoesNotMatch("(?i)@import", css);
    }

    [Theory]
    [InlineData("persisted-documents.json")]
    [InlineData("secrets.json")]
    public async Task UnknownAsset_Returns404(string name)
    {
        using var response = await _client.GetAsync($"/explore/{name}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""(?:src|href|data-world)="(?<url>/explore/(?<name>[^"?]+)\?v=[0-9a-f]{16})"|(?:src|href)="(?<url>[^"]*)(?<name>)""")]
    private static partial Regex AssetReference();
}
