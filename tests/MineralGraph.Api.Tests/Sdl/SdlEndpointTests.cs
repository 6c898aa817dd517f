using System.Net;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Sdl;

[Collection(SeededApiCollection.Name)]
public sealed class SdlEndpointTests(SeededApiFactory api)
{
    [Fact]
    public async Task Get_ServesTheSchemaAsCommittedInGraphSchema_AsUtf8Text()
    {
        using var response = await api.CreateClient().GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.GraphSchema, "schema.graphql")),
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WithTheETagItWasGiven_Returns304WithoutABody()
    {
        var client = api.CreateClient();
        using var first = await client.GetAsync("/graphql/schema.graphql");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}
