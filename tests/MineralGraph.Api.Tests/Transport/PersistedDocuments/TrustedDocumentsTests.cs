using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.TrustedDocumentsServerFixture;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>
/// TrustedOnly mode: the manifest's documents run by hash, by documentId or by their exact text;
/// nothing else runs, and nothing is persisted.
/// </summary>
public sealed class TrustedDocumentsTests(TrustedDocumentsServerFixture fixture) : IClassFixture<TrustedDocumentsServerFixture>
{
    private const string TrustedJson = """{"data":{"hello":"Hello, trusted"}}""";

    private const string NotInSafelistJson =
        """{"errors":[{"message":"This server runs only trusted documents, and this one is not in its manifest: send a document your client build registered (by its \u0027sha256:\u0027 id or its exact text), or add it to the manifest at GraphQL:PersistedDocuments:ManifestPath.","extensions":{"code":"QUERY_NOT_IN_SAFELIST","codes":["QUERY_NOT_IN_SAFELIST"]}}]}""";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task HashOnlyGet_ManifestDocument_Runs()
    {
        using var response = await _client.SendAsync(HashOnlyGet(Sha256(Query), operationName: "Trusted"));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, TrustedJson);
    }

    [Fact]
    public async Task DocumentIdGet_ManifestDocument_Runs()
    {
        using var response = await _client.SendAsync(DocumentIdGet(Sha256(Query)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, TrustedJson);
    }

    [Fact]
    public async Task Post_ExactTextOfAManifestDocument_Runs()
    {
        using var response = await _client.SendAsync(Post(JsonSerializer.Serialize(new { query = Query })));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, TrustedJson);
    }

    [Fact]
    public async Task PostWithHash_ManifestDocument_Runs()
    {
        using var response = await _client.SendAsync(PostWithHash(Query, Sha256(Query)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, TrustedJson);
    }

    [Fact]
    public async Task HashOnlyPost_ManifestMutation_Runs()
    {
        var counter = fixture.Server.Services.GetRequiredService<MutationCounter>();
        var before = counter.Count;

        using var response = await _client.SendAsync(Post($$"""{"extensions":{{ApqExtensions(Sha256(Mutation))}}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(counter.Count > before);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task HashOnlyGet_UnknownHash_Returns404NotInListUncached(string accept)
    {
        var hash = Sha256(UniqueHello());

        using var response = await _client.SendAsync(HashOnlyGet(hash, accept));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.NotFound, accept,
            $$$"""{"errors":[{"message":"The document \u0027sha256:{{{hash}}}\u0027 is not one of this server\u0027s trusted documents: deploy the manifest that lists it (GraphQL:PersistedDocuments:ManifestPath) or send a document it lists.","extensions":{"code":"PERSISTED_QUERY_NOT_IN_LIST","codes":["PERSISTED_QUERY_NOT_IN_LIST"]}}]}""");
        Assert.Equal("private, no-cache, must-revalidate", CacheControl(response));
    }

    [Fact]
    public async Task Post_DocumentNotInTheManifest_Returns403AndRunsNothing()
    {
        var counter = fixture.Server.Services.GetRequiredService<MutationCounter>();
        var before = counter.Count;

        using var response = await _client.SendAsync(Post("""{"query":"mutation { increment }"}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.Forbidden, Json, NotInSafelistJson);
        Assert.Equal(before, counter.Count);
    }

    [Fact]
    public async Task Post_ManifestDocumentWithDifferentWhitespace_IsNotTrusted()
    {
        using var response = await _client.SendAsync(Post(JsonSerializer.Serialize(new { query = Query + "\n" })));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.Forbidden, Json, NotInSafelistJson);
    }

    [Fact]
    public async Task PostWithHash_UnknownDocument_Returns403AndPersistsNothing()
    {
        var query = UniqueHello();
        var hash = Sha256(query);

        using var register = await _client.SendAsync(PostWithHash(query, hash));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.Forbidden, Json, NotInSafelistJson);

        using var lookup = await _client.SendAsync(HashOnlyGet(hash));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Post_Introspection_IsRefusedLikeAnyDocumentNotInTheManifest()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ __schema { queryType { name } } }"}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.Forbidden, Json, NotInSafelistJson);
    }
}
