using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Builds persisted-document requests the way Apollo Client and GraphQL-over-HTTP clients send them.</summary>
public static class PersistedQueryRequests
{
    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>A document no other test uses, so tests sharing a server never see each other's persisted documents.</summary>
    public static string UniqueHello() => $$"""query Hello { hello(name: "{{Guid.NewGuid():N}}") }""";

    public static string ApqExtensions(string hash, object? version = null) =>
        JsonSerializer.Serialize(new { persistedQuery = new { version = version ?? 1, sha256Hash = hash } });

    /// <summary>Apollo Client's hash-only GET (<c>useGETForHashedQueries</c>).</summary>
    public static HttpRequestMessage HashOnlyGet(string hash, string? accept = null, string? operationName = "Hello") =>
        Get((operationName is null ? "" : $"operationName={operationName}&") + "variables=%7B%7D&extensions=" + Encode(ApqExtensions(hash)), accept);

    /// <summary>Apollo Client's retry after PersistedQueryNotFound: the document with its hash.</summary>
    public static HttpRequestMessage PostWithHash(string query, string hash, string? accept = null) =>
        Post(JsonSerializer.Serialize(new { operationName = (string?)null, variables = new { }, extensions = JsonDocument.Parse(ApqExtensions(hash)).RootElement, query }), accept);

    public static HttpRequestMessage DocumentIdGet(string hash, string? accept = null) =>
        Get("documentId=" + Encode("sha256:" + hash), accept);

    public static HttpRequestMessage DocumentIdPost(string hash, string? query = null, string? accept = null) =>
        Post(query is null ? JsonSerializer.Serialize(new { documentId = "sha256:" + hash }) : JsonSerializer.Serialize(new { documentId = "sha256:" + hash, query }), accept);

    /// <summary>The Cache-Control header as the server wrote it (the parsed one reorders directives).</summary>
    public static string CacheControl(HttpResponseMessage response) => response.Headers.NonValidated["Cache-Control"].ToString();

    public const string NotFoundJson =
        """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND","codes":["PERSISTED_QUERY_NOT_FOUND"]}}]}""";

    public static string HelloJson(string query) =>
        $$$"""{"data":{"hello":"Hello, {{{query.Split('"')[1]}}}"}}""";
}
