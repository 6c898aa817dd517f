using Microsoft.Net.Http.Headers;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// A refusal that may stop being true without the request changing — a document not persisted
/// yet, a manifest not deployed yet — so neither the browser nor a CDN may keep the answer.
/// </summary>
public abstract class UncachedTransportError(string message, string code, int statusCode)
    : TransportError(message, code, statusCode)
{
    public override void AddHeaders(IHeaderDictionary headers) => headers[HeaderNames.CacheControl] = "private, no-cache, must-revalidate";
}
