using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Every request of the <see cref="HostileCorpus"/> against the real API over HTTP: refused with
/// its status and code, in a small answer, before the store is asked for any data.
/// </summary>
public sealed class HostileCorpusTests(SeededApiServerFixture server) : IClassFixture<SeededApiServerFixture>
{
    private const int MaxRefusalBytes = 16 * 1024;

    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(request => request.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_IsRefusedWithItsCode_BeforeAnyStoreCall(string name)
    {
        var request = HostileCorpus.All.Single(r => r.Name == name);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        server.Store.Reset();

        using var response = await client.SendAsync(request.ToMessage());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(request.Status, (int)response.StatusCode);
        var errors = JsonNode.Parse(body)!["errors"]!.AsArray();
        Assert.Equal(request.Code, errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(body.Length < MaxRefusalBytes, $"The refusal takes {body.Length} characters: {body[..Math.Min(body.Length, 200)]}…");
        Assert.Equal(0, server.Store.Calls);
    }

    [Fact]
    public async Task EveryResponse_SaysNoSniff()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        foreach (var path in new[] { "graphql?query=%7B__typename%7D", "graphiql", "health", "no-such-page" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }
    }
}
