using System.Net.Http.Headers;
using System.Text;

namespace MineralGraph.Api.Tests.Transport.Hosting;

/// <summary>Builds the raw HTTP requests the tests send, with exactly the headers each test names.</summary>
public static class GraphQLRequests
{
    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        AddAccept(request, accept);
        return request;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql?" + queryString);
        AddAccept(request, accept);
        return request;
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);

    private static void AddAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
    }
}
