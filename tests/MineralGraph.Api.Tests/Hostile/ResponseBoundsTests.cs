using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>What one response may hold, and how long one request may take from its first byte.</summary>
public sealed class ResponseBoundsTests
{
    [Fact]
    public async Task ManyErrors_AreCutAtMaxErrors_WithACountOfTheRest()
    {
        await using var api = new CachingApiFactory();
        var client = new GraphQLClient(api.CreateClient());

        var response = await client.QueryAsync("{ " + string.Join(" ", Enumerable.Range(0, 120).Select(i => $"noSuchField{i}")) + " }");

        Assert.Equal(50, response.Errors!.Count);
        Assert.Equal("TOO_MANY_ERRORS", response.ErrorCodes[^1]);
        Assert.StartsWith("71 more errors are not listed", response.Errors[^1]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task AResponseLargerThanMaxResponseBytes_IsReplacedByResponseTooLarge(string cacheEnabled)
    {
        await using var api = new CachingApiFactory(settings: new Dictionary<string, string?>
        {
            ["GraphQL:Http:MaxResponseBytes"] = "4000",
            ["Cache:Enabled"] = cacheEnabled,
        });
        var client = new GraphQLClient(api.CreateClient());

        var small = await client.QueryAsync("{ countries(first: 2) { nodes { id } } }");
        var large = await client.QueryAsync("{ countries(first: 100) { nodes { id name iso2 } } }");

        Assert.Equal(2, small.DataWithoutErrors()["countries"]!["nodes"]!.AsArray().Count);
        Assert.Equal(["RESPONSE_TOO_LARGE"], large.ErrorCodes);
        Assert.Null(large.Body["data"]);
    }

    [Fact]
    public async Task TheTimeout_CoversReadingTheBody_NotOnlyExecution()
    {
        await using var api = new CachingApiFactory(settings: new Dictionary<string, string?> { ["GraphQL:Http:ExecutionTimeout"] = "00:00:00.500" });
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new TricklingContent("""{"query":"{ __typename }"}""", TimeSpan.FromSeconds(5)) };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("TIMEOUT", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>A body sent one byte, then nothing for a while: a client too slow for the server's budget.</summary>
    private sealed class TricklingContent : HttpContent
    {
        private readonly string _body;
        private readonly TimeSpan _pause;

        public TricklingContent(string body, TimeSpan pause)
        {
            (_body, _pause) = (body, pause);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(_body);
            await stream.WriteAsync(bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            await Task.Delay(_pause);
            await stream.WriteAsync(bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
