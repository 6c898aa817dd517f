using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Net;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class TimeoutTests
{
    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Post_OperationPastTheTimeout_IsCancelledAndReturns504Timeout(string accept)
    {
        await using var server = await TransportTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Http:ExecutionTimeout"] = "00:00:00.250",
        });
        using var client = server.CreateClient();
        var stopwatch = Stopwatch.StartNew();

        using var response = await client.SendAsync(Post("""{"query":"{ slow }"}""", accept));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.GatewayTimeout, accept,
            """{"errors":[{"message":"The operation did not finish within 0.25 s and was cancelled: ask for fewer fields, smaller pages or fewer hops, or raise GraphQL:Http:ExecutionTimeout.","extensions":{"code":"TIMEOUT","codes":["TIMEOUT"]}}]}""");
        await server.Services.GetRequiredService<CancellationProbe>().Cancelled.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
    }
}
