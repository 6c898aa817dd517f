using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.Transport.GraphiQL;

/// <summary>
/// Renders the real API's /graphiql in a real browser whose host resolver knows nothing but
/// 127.0.0.1, so the page also introspects the real schema.
/// </summary>
public sealed class GraphiQLBrowserTests(SeededApiServerFixture api, ITestOutputHelper output) : IClassFixture<SeededApiServerFixture>
{
    [Fact]
    public async Task GraphiQL_InHeadlessChromium_RendersTheIdeAndFetchesTheSchemaFromItsOwnOriginOnly()
    {
        var origin = api.BaseAddress.GetLeftPart(UriPartial.Authority);

        var page = await HeadlessChromium.LoadAsync(new Uri(api.BaseAddress, "graphiql"), TimeSpan.FromMinutes(1));

        output.WriteLine(page.Log);
        var pageRequests = page.Requests.Where(request => request.Initiator == origin).Select(request => request.Url).ToList();
        output.WriteLine(string.Join("\n", pageRequests));
        Assert.Contains("graphiql-container", page.Dom);
        Assert.Contains("graphiql-query-editor", page.Dom);
        Assert.DoesNotContain("Loading GraphiQL", page.Dom);
        Assert.Contains(origin + "/graphql", pageRequests);
        Assert.Contains(pageRequests, url => url.StartsWith(origin + "/graphiql/graphiql.js?v=", StringComparison.Ordinal));
        Assert.All(pageRequests, url => Assert.StartsWith(origin + "/", url));
        Assert.DoesNotContain("Content Security Policy", page.Log);
    }
}
