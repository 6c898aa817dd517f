using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Apollo's automatic persisted queries and the GraphQL-over-HTTP documentId, in the default mode.</summary>
public sealed class AutomaticPersistedQueryTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task ApolloRoundTrip_HashOnlyGetThenPostWithDocumentThenHashOnlyGet_RunsTheDocumentFromItsHash()
    {
        var query = UniqueHello();
        var hash = Sha256(query);

        using var miss = await _client.SendAsync(HashOnlyGet(hash));
        await miss.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);
        Assert.Equal("private, no-cache, must-revalidate", CacheControl(miss));

        using var register = await _client.SendAsync(PostWithHash(query, hash));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));

        using var hit = await _client.SendAsync(HashOnlyGet(hash));
        await hit.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));
    }

    [Fact]
    public async Task HashOnlyGet_UnknownHashWithGraphQLResponseJson_Still200NotFound()
    {
        using var response = await _client.SendAsync(HashOnlyGet(Sha256(UniqueHello()), GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, GraphQLResponseJson, NotFoundJson);
    }

    [Fact]
    public async Task HashOnlyPost_AfterRegistration_RunsTheDocumentWithItsVariables()
    {
        const string query = "query Named($name: String) { hello(name: $name) }";
        var hash = Sha256(query);
        using (await _client.SendAsync(PostWithHash(query, hash)))
        {
        }

        using var response = await _client.SendAsync(Post($$"""{"variables":{"name":"Pr"},"extensions":{{ApqExtensions(hash)}}}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, Pr"}}""");
    }

    [Fact]
    public async Task PostWithHash_HashOfAnotherDocument_Returns400HashMismatchAndPersistsNothing()
    {
        var query = UniqueHello();
        var wrongHash = Sha256(query + " ");

        using var response = await _client.SendAsync(PostWithHash(query, wrongHash));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"provided sha does not match query: the document\u0027s SHA-256 is \u0027{{{Sha256(query)}}}\u0027, not \u0027{{{wrongHash}}}\u0027; hash the exact UTF-8 text sent as \u0027query\u0027, in lowercase hexadecimal.","extensions":{"code":"PERSISTED_QUERY_HASH_MISMATCH","codes":["PERSISTED_QUERY_HASH_MISMATCH"]}}]}""");
        using var lookup = await _client.SendAsync(HashOnlyGet(wrongHash));
        await lookup.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);
    }

    [Theory]
    [InlineData("query Hello { hello(name: \"{0}\")", "SYNTAX_ERROR")]
    [InlineData("query Hello { hello(name: \"{0}\") noSuchField }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task PostWithHash_DocumentThatDoesNotParseOrValidate_IsRefusedAndNotPersisted(string template, string code)
    {
        var query = template.Replace("{0}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
        var hash = Sha256(query);

        using var register = await _client.SendAsync(PostWithHash(query, hash));
        var body = await register.Content.ReadAsStringAsync();

        Assert.Contains($"\"code\":\"{code}\"", body);
        Assert.DoesNotContain("\"data\"", body);
        using var lookup = await _client.SendAsync(HashOnlyGet(hash));
        await lookup.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);
    }

    [Theory]
    [InlineData(2, "2")]
    [InlineData("1", "1")]
    public async Task HashOnlyGet_VersionOtherThanOne_Returns400VersionNotSupported(object version, string shown)
    {
        var extensions = ApqExtensions(Sha256(UniqueHello()), version);

        using var response = await _client.SendAsync(Get("extensions=" + Encode(extensions)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"Persisted query version {{{shown}}} is not supported: send \u0022persistedQuery\u0022: {\u0022version\u0022: 1, \u0022sha256Hash\u0022: \u0022\u003Chash\u003E\u0022}.","extensions":{"code":"PERSISTED_QUERY_VERSION_NOT_SUPPORTED","codes":["PERSISTED_QUERY_VERSION_NOT_SUPPORTED"]}}]}""");
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"ABC"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    public async Task HashOnlyGet_HashThatIsNotSha256Hex_Returns400(string extensions)
    {
        using var response = await _client.SendAsync(Get("extensions=" + Encode(extensions)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"\u0027extensions.persistedQuery.sha256Hash\u0027 must be the 64 lowercase hexadecimal digits of the SHA-256 of the document\u0027s UTF-8 text.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task HashOnlyGet_OfAPersistedMutation_Returns405AndDoesNotRunIt(string accept)
    {
        const string mutation = "mutation Increment { increment }";
        var hash = Sha256(mutation);
        var counter = fixture.Server.Services.GetRequiredService<MutationCounter>();
        using (var register = await _client.SendAsync(PostWithHash(mutation, hash)))
        {
            Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        }

        var before = counter.Count;

        using var response = await _client.SendAsync(HashOnlyGet(hash, accept, operationName: "Increment"));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.MethodNotAllowed, accept,
            """{"errors":[{"message":"Mutations cannot be sent with GET: send this request with POST.","extensions":{"code":"METHOD_NOT_ALLOWED","codes":["METHOD_NOT_ALLOWED"]}}]}""");
        Assert.Equal(before, counter.Count);
    }

    [Fact]
    public async Task DocumentId_PostedWithItsDocumentThenSentAlone_RunsOverGetAndPost()
    {
        var query = UniqueHello();
        var hash = Sha256(query);

        using var unknown = await _client.SendAsync(DocumentIdGet(hash));
        await unknown.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, NotFoundJson);

        using var register = await _client.SendAsync(DocumentIdPost(hash, query));
        await register.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));

        using var get = await _client.SendAsync(DocumentIdGet(hash));
        await get.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));

        using var post = await _client.SendAsync(DocumentIdPost(hash));
        await post.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));
    }

    [Fact]
    public async Task DocumentId_PersistedByApqHash_IsFoundByDocumentId()
    {
        var query = UniqueHello();
        var hash = Sha256(query);
        using (await _client.SendAsync(PostWithHash(query, hash)))
        {
        }

        using var response = await _client.SendAsync(DocumentIdGet(hash));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, HelloJson(query));
    }

    [Theory]
    [InlineData("md5:0123")]
    [InlineData("0b6fb0d0e0d8e0f3c3b2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0")]
    [InlineData("sha256:0B6FB0D0E0D8E0F3C3B2B1A0F9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B3A2F1E0")]
    public async Task DocumentId_NotASha256DocumentId_Returns400SayingTheForm(string documentId)
    {
        using var response = await _client.SendAsync(Get("documentId=" + Encode(documentId)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"The \u0027documentId\u0027 \u0027{{{documentId}}}\u0027 is not a SHA-256 document id: send \u0027sha256:\u0027 followed by the 64 lowercase hexadecimal digits of the SHA-256 of the document\u0027s UTF-8 text.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Fact]
    public async Task DocumentIdAndPersistedQuery_Together_Returns400()
    {
        var hash = Sha256(UniqueHello());

        using var response = await _client.SendAsync(Post($$"""{"documentId":"sha256:{{hash}}","extensions":{{ApqExtensions(hash)}}}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The request names its document twice, by \u0027documentId\u0027 and by \u0027extensions.persistedQuery\u0027: send one of them.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Fact]
    public async Task DocumentId_ThatIsNotAString_Returns400()
    {
        using var response = await _client.SendAsync(Post("""{"documentId":42}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The \u0027documentId\u0027 parameter must be a string, not a number.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }
}
