using System.Net;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class AcceptNegotiationTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private const string HelloQuery = """{"query":"{ hello }"}""";
    private const string HelloData = """{"data":{"hello":"Hello, world"}}""";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, application/xhtml+xml, */*;q=0.8", Json)]
    [InlineData("*/*, application/json;q=0", GraphQLResponseJson)]
    [InlineData("application/json;charset=iso-8859-1, application/graphql-response+json;q=0.1", GraphQLResponseJson)]
    public async Task Accept_PicksTheMediaTypeTheClientPrefers(string? accept, string expected)
    {
        using var response = await fixture.Client.SendAsync(Post(HelloQuery, accept));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, expected, HelloData);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Accept_NeitherGraphQLMediaType_Returns406ExplainedInJson(string accept)
    {
        using var response = await fixture.Client.SendAsync(Post(HelloQuery, accept));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.NotAcceptable, Json,
            $$$"""{"errors":[{"message":{{{Quote($"None of the media types in 'Accept: {accept}' can be served: accept 'application/graphql-response+json' or 'application/json'.")}}},"extensions":{"code":"NOT_ACCEPTABLE","codes":["NOT_ACCEPTABLE"]}}]}""");
    }

    [Fact]
    public async Task Accept_NotAcceptableGet_Returns406WithoutExecuting()
    {
        using var response = await fixture.Client.SendAsync(Get("query=" + Encode("{ hello }"), "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
    }
}
