using System.Net;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class MethodTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("HEAD")]
    public async Task OtherMethod_Returns405WithAllowGetAndPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "graphql");

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        if (method != "HEAD")
        {
            await response.AssertGraphQLResponseAsync(HttpStatusCode.MethodNotAllowed, Json,
                $$$"""{"errors":[{"message":"The HTTP method {{{method}}} is not supported: send GraphQL requests with POST (or GET for queries).","extensions":{"code":"METHOD_NOT_ALLOWED","codes":["METHOD_NOT_ALLOWED"]}}]}""");
        }
    }
}
