using MineralGraph.Api.Tests.Transport.Hosting;
using Xunit.Abstractions;

namespace MineralGraph.Api.Tests.GraphiQL;

/// <summary>Renders /graphiql in a real browser whose host resolver knows nothing but 127.0.0.1.</summary>
public sealed class GraphiQLBrowserTests(TransportServerFixture fixture, ITestOutputHelper output) : IClassFixture<TransportServerFixture>
{
    [Fact]
    public async Task GraphiQL_InHeadlessChromium_RendersTheIdeAndFetchesTheSchemaFromItsOwnOriginOnly()
    {
        var origin = fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority);

        var page = await HeadlessChromium.LoadAsync(new Uri(fixture.Server.BaseAddress, "graphiql"), TimeSpan.FromMinutes(1));

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
