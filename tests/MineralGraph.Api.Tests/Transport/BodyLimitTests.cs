using System.Net;
using System.Text;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class BodyLimitTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private const int DefaultLimit = 100 * 1024;

    private const string TooLarge =
        """{"errors":[{"message":"The request body is larger than 102400 bytes: send a smaller query or fewer variables, or raise GraphQL:Http:MaxRequestBodyBytes.","extensions":{"code":"REQUEST_TOO_LARGE","codes":["REQUEST_TOO_LARGE"]}}]}""";

    [Fact]
    public async Task Post_BodyAtTheDefaultLimit_IsExecuted()
    {
        using var response = await fixture.Client.SendAsync(Post(BodyOfLength(DefaultLimit)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }

    [Fact]
    public async Task Post_ContentLengthOverTheLimit_Returns413()
    {
        using var response = await fixture.Client.SendAsync(Post(BodyOfLength(DefaultLimit + 1), GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson, TooLarge);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(BodyOfLength(DefaultLimit * 3)))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Client.SendAsync(request);

        await response.AssertGraphQLResponseAsync(HttpStatusCode.RequestEntityTooLarge, Json, TooLarge);
    }

    /// <summary>A valid request padded with insignificant whitespace to exactly <paramref name="length"/> bytes.</summary>
    private static string BodyOfLength(int length)
    {
        const string body = """{"query":"{ hello }"}""";
        return body[..^1] + new string(' ', length - body.Length) + "}";
    }
}
