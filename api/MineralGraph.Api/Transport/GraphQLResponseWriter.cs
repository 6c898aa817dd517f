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
/// <remarks>
/// Every response is bounded: at most <see cref="GraphQLHttpOptions.MaxErrors"/> errors, and at
/// most <see cref="GraphQLHttpOptions.MaxResponseBytes"/> bytes, else a RESPONSE_TOO_LARGE error
/// instead; so a result is serialized to memory first, and only then is its status sent.
/// </remarks>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, IOptions<CacheOptions> cacheOptions, IOptions<GraphQLHttpOptions> httpOptions)
{
    public const string CacheHeader = "X-Cache";

    private const string NoStore = "no-store";
    private const string PrivateRevalidate = "private, no-cache";

    // A response differs by media type and, through the caller's scope, by credentials.
    private static readonly StringValues Vary = new([HeaderNames.Accept, HeaderNames.Authorization, ApiKeyDefaults.HeaderName]);

    private readonly bool _debug = cacheOptions.Value.Debug;
    private readonly int _maxErrors = httpOptions.Value.MaxErrors;
    private readonly long _maxResponseBytes = httpOptions.Value.MaxResponseBytes;

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

        return outcome.Response switch
        {
            { } cached when cached.Body.Length > _maxResponseBytes => WriteResultAsync(context, new ExecutionResult(new ResponseTooLargeError(_maxResponseBytes)), mediaType),
            { } cached => WriteCachedAsync(context, cached, mediaType),
            _ => WriteResultAsync(context, outcome.Result!, mediaType),
        };
    }

    private async Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType)
    {
        var response = context.Response;
        // Set first: an error that knows better (a persisted document not found yet) overrides it.
        response.Headers.CacheControl = NoStore;
        response.StatusCode = StatusCodeFor(result, mediaType, response.Headers);
        response.ContentType = mediaType.ContentType;
        LimitErrors(result);

        await using var body = new BoundedBufferStream(_maxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, result, context.RequestAborted);
        }
        catch (BoundedBufferStream.ResponseLimitException)
        {
            var refusal = new ExecutionResult(new ResponseTooLargeError(_maxResponseBytes));
            response.StatusCode = StatusCodeFor(refusal, mediaType, response.Headers);
            body.SetLength(0);
            await serializer.WriteAsync(body, refusal, context.RequestAborted);
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
    }

    /// <summary>Keeps the first errors and counts the rest in a last one, so a response never lists thousands.</summary>
    private void LimitErrors(ExecutionResult result)
    {
        if (result.Errors is not { } errors || errors.Count <= _maxErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        for (var i = 0; i < _maxErrors - 1; i++)
        {
            kept.Add(errors[i]);
        }

        kept.Add(new TooManyErrorsError(errors.Count - (_maxErrors - 1)));
        result.Errors = kept;
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
