using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Sets the status the spec asks for and the HTTP caching headers, then writes the body: a
/// cached response's bytes as they are, or the result serialized straight to the response.
/// </summary>
/// <remarks>
/// Only a successful query over GET may be stored by HTTP caches: <c>public</c> when the
/// caller is anonymous and every field is public, <c>private</c> otherwise, with a strong ETag
/// that <c>If-None-Match</c> can revalidate (304). Everything else, errors, mutations and
/// every POST, is <c>no-store</c>: HTTP caches do not reuse POST responses, and saying so
/// keeps proxies from trying.
/// </remarks>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, IOptions<CacheOptions> cacheOptions)
{
    public const string CacheHeader = "X-Cache";

    private const string NoStore = "no-store";
    private const string PrivateRevalidate = "private, no-cache";

    // A response differs by media type and, through the caller's scope, by credentials.
    private static readonly StringValues Vary = new([HeaderNames.Accept, HeaderNames.Authorization, ApiKeyDefaults.HeaderName]);

    private readonly bool _debug = cacheOptions.Value.Debug;

    public Task WriteAsync(HttpContext context, GraphQLOutcome outcome, ResponseMediaType mediaType)
    {
        var response = context.Response;
        response.Headers.Append(HeaderNames.Vary, Vary);
        if (_debug && outcome.Status != CacheStatus.None)
        {
            response.Headers[CacheHeader] = outcome.Status switch
            {
                CacheStatus.Hit => "HIT",
                CacheStatus.Miss => "MISS",
                _ => "BYPASS",
            };
        }

        return outcome.Response is { } cached
            ? WriteCachedAsync(context, cached, mediaType)
            : WriteResultAsync(context, outcome.Result!, mediaType);
    }

    private async Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType)
    {
        var response = context.Response;
        // Set first: an error that knows better (a persisted document not found yet) overrides it.
        response.Headers.CacheControl = NoStore;
        response.StatusCode = StatusCodeFor(result, mediaType, response.Headers);
        response.ContentType = mediaType.ContentType;
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    // Async rather than returning BodyWriter.WriteAsync(...).AsTask(): that write usually completes at
    // once, and AsTask would still allocate a Task<FlushResult> on every cache hit.
    private static async Task WriteCachedAsync(HttpContext context, CachedResponse cached, ResponseMediaType mediaType)
    {
        var request = context.Request;
        var response = context.Response;
        if (HttpMethods.IsGet(request.Method))
        {
            // An authenticated caller may be an editor, who must see its own writes at once: always revalidate.
            response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true ? PrivateRevalidate
                : cached.AnonymousCacheControl;
            response.Headers.ETag = cached.ETag;
            if (request.Headers.IfNoneMatch.Count > 0 && Matches(request.Headers.IfNoneMatch, cached.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            response.Headers.CacheControl = NoStore;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType.ContentType;
        response.ContentLength = cached.Body.Length;
        await response.BodyWriter.WriteAsync(cached.Body, context.RequestAborted);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 §13.1.2): <c>W/"x"</c> matches <c>"x"</c>, and <c>*</c> matches anything.</summary>
    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    private static int StatusCodeFor(ExecutionResult result, ResponseMediaType mediaType, IHeaderDictionary headers)
    {
        if (result.Errors?.OfType<IHttpStatusError>().FirstOrDefault() is { } httpError)
        {
            httpError.AddHeaders(headers);
            return httpError.StatusCode;
        }

        // application/json keeps 200 for every well-formed request, as pre-spec clients expect;
        // so does a request that executed, even with field errors, since it has a data entry.
        if (mediaType == ResponseMediaType.Json || result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        // Not executed: a bad document, an unknown operation or uncoercible variables are the
        // caller's to fix (400); anything else failed inside the server.
        return result.Errors is { Count: > 0 } errors && errors.All(error => error is DocumentError)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status500InternalServerError;
    }
}
