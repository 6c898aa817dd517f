using System.Net.Http.Headers;
using System.Text;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// One request of the hostile corpus, as an attacker would send it, and the refusal it must get:
/// the HTTP status (with <c>Accept: application/graphql-response+json</c>) and the first error's code.
/// </summary>
public sealed record HostileRequest(string Name, HttpMethod Method, string PathAndQuery, byte[]? Body, int Status, string Code)
{
    public static HostileRequest Post(string name, string json, int status, string code) =>
        new(name, HttpMethod.Post, "graphql", Encoding.UTF8.GetBytes(json), status, code);

    public static HostileRequest PostBytes(string name, byte[] body, int status, string code) =>
        new(name, HttpMethod.Post, "graphql", body, status, code);

    public static HostileRequest Get(string name, string query, int status, string code) =>
        new(name, HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(query), null, status, code);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, PathAndQuery);
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return message;
    }

    public override string ToString() => Name;
}
