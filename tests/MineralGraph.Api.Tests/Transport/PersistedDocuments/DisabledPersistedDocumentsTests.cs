using System.Net;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Mode Disabled: documents sent as text run; a request naming one by hash is told Apollo's way, so clients stop hashing.</summary>
public sealed class DisabledPersistedDocumentsTests(DisabledServerFixture fixture) : IClassFixture<DisabledServerFixture>
{
    private const string NotSupportedJson =
        """{"errors":[{"message":"PersistedQueryNotSupported","extensions":{"code":"PERSISTED_QUERY_NOT_SUPPORTED","codes":["PERSISTED_QUERY_NOT_SUPPORTED"]}}]}""";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task HashOnlyGet_Returns200NotSupportedUncached()
    {
        using var response = await _client.SendAsync(HashOnlyGet(Sha256(UniqueHello())));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotSupportedJson);
        Assert.Equal("private, no-cache, must-revalidate", CacheControl(response));
    }

    [Fact]
    public async Task PostWithHash_Returns200NotSupported()
    {
        var query = UniqueHello();

        using var response = await _client.SendAsync(PostWithHash(query, Sha256(query)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotSupportedJson);
    }

    [Fact]
    public async Task DocumentId_Returns200NotSupported()
    {
        using var response = await _client.SendAsync(DocumentIdGet(Sha256(UniqueHello())));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotSupportedJson);
    }

    [Fact]
    public async Task Post_DocumentAsText_Runs()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }
}
