using System.Net;
using System.Text;

namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// An HTTP handler that answers each request with the next scripted response and records what
/// was sent (method, path, headers, body), so tests can assert on the exact wire format.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _responses = new();
    private readonly List<SentRequest> _sent = [];

    public IReadOnlyList<SentRequest> Sent => _sent;

    public ScriptedHandler Respond(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>A server that never answers: the request ends only when its token is cancelled.</summary>
    public ScriptedHandler Hang()
    {
        _responses.Enqueue(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public ScriptedHandler Refuse()
    {
        _responses.Enqueue(_ => throw new HttpRequestException("Connection refused (localhost:7474)"));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _sent.Add(new SentRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        if (!_responses.TryDequeue(out var next))
        {
            throw new InvalidOperationException($"No scripted response left for {request.Method} {request.RequestUri}.");
        }

        return await next(cancellationToken);
    }
}
