using System.Net;
using System.Text.Json;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>Asserts a whole response at once, so a failure shows status, media type and body together.</summary>
public static class HttpResponseAssertions
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>A string as GraphQL.NET writes it into JSON, quotes included, e.g. <c>'</c> as <c>\u0027</c>.</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text);

    public static async Task AssertGraphQLResponseAsync(
        this HttpResponseMessage response, HttpStatusCode status, string mediaType, string expectedJson)
    {
        var body = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType;
        Assert.Equal(
            $"{(int)status} {mediaType}; charset=utf-8\n{expectedJson}",
            $"{(int)response.StatusCode} {contentType?.MediaType}; charset={contentType?.CharSet}\n{body}");
    }
}
