using System.Diagnostics;
using System.Security.Claims;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport;
using MineralGraph.Store;

namespace MineralGraph.Api.Caching;

/// <summary>
/// Answers a GraphQL request through the document cache and, for queries, the two-level
/// response cache (HybridCache: this process's memory, then Redis, with one execution per key
/// at a time). Only successful results are cached; errors are answered and forgotten.
/// </summary>
internal sealed partial class GraphQLResponseCache(
    DocumentCache documents,
    HybridCache cache,
    ResponseCacheKeys keys,
    IGraphStore store,
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<CacheOptions> options,
    CacheMetrics metrics,
    ILogger<GraphQLResponseCache> logger)
{
    private readonly bool _enabled = options.Value.Enabled;
    private readonly int _maxPayloadBytes = options.Value.MaxPayloadBytes;
    private readonly HybridCacheEntryOptions _entryOptions = new()
    {
        Expiration = options.Value.ResponseTtl,
        LocalCacheExpiration = options.Value.LocalTtl,
    };

    public ValueTask<GraphQLOutcome> RespondAsync(HttpContext context, GraphQLHttpRequest request) =>
        RespondAsync(request, context.RequestServices, context.User, context.RequestAborted);

    /// <summary>Answers a request of a caller that is not an HTTP request of its own: an operation on a WebSocket or an event stream.</summary>
    public async ValueTask<GraphQLOutcome> RespondAsync(GraphQLHttpRequest request, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        PreparedDocument document;
        try
        {
            document = await documents.GetOrPrepareAsync(request.Document, cancellationToken);
        }
        catch (ExecutionError syntaxError)
        {
            return new GraphQLOutcome(new ExecutionResult(syntaxError), CacheStatus.Bypass);
        }

        var operation = document.Select(request.OperationName);
        if (!_enabled || operation is not { Type: OperationType.Query })
        {
            // Unknown operations and mutations go to the executer, which reports or runs them.
            var result = await ExecuteAsync(request, document, services, user, cancellationToken);
            return new GraphQLOutcome(result, CacheStatus.Bypass);
        }

        // Read from the store for every request: the revision is what keeps answers fresh.
        long revision;
        try
        {
            revision = await store.GetRevisionAsync(cancellationToken);
        }
        catch (GraphStoreException)
        {
            // Without a revision nothing may be served from the cache; executing reports the
            // store's failure as a GraphQL error with its code.
            var result = await ExecuteAsync(request, document, services, user, cancellationToken);
            return new GraphQLOutcome(result, CacheStatus.Bypass);
        }

        var key = keys.For(document, operation, request.Variables, user, revision);
        var call = new CacheCall(this, request, document, operation, user);
        CachedResponse response;
        try
        {
            response = await cache.GetOrCreateAsync(key, call, static (call, ct) => call.Owner.CreateAsync(call, ct), _entryOptions, cancellationToken: cancellationToken);
        }
        catch (UncacheableResultException uncacheable)
        {
            metrics.Miss(CacheMetrics.Response);
            return uncacheable.Response is { } large
                ? new GraphQLOutcome(large, CacheStatus.Miss)
                : new GraphQLOutcome(uncacheable.Result, CacheStatus.Miss);
        }
        catch (InvalidDataException exception)
        {
            // An entry in Redis this version cannot read: answer from the store.
            LogUnreadableEntry(logger, exception.Message);
            var result = await ExecuteAsync(request, document, services, user, cancellationToken);
            return new GraphQLOutcome(result, CacheStatus.Bypass);
        }

        if (call.Executed)
        {
            metrics.Miss(CacheMetrics.Response);
            return new GraphQLOutcome(response, CacheStatus.Miss);
        }

        metrics.Hit(CacheMetrics.Response, response.TakeRedisHit() ? CacheMetrics.RedisLevel : CacheMetrics.LocalLevel);
        return new GraphQLOutcome(response, CacheStatus.Hit);
    }

    /// <summary>
    /// The factory behind a key. It may serve several waiting requests, so it runs in its own
    /// service scope with the token HybridCache gives it, cancelled only when every waiter gave up.
    /// </summary>
    private async ValueTask<CachedResponse> CreateAsync(CacheCall call, CancellationToken cancellationToken)
    {
        // HybridCache runs the factory without the caller's execution context: carry its trace on.
        Activity.Current ??= call.Trace;
        ExecutionResult result;
        await using (var scope = scopes.CreateAsyncScope())
        {
            result = await ExecuteAsync(call.Request, call.Document, scope.ServiceProvider, call.User, cancellationToken);
        }

        if (!result.Executed || result.Errors is { Count: > 0 })
        {
            throw new UncacheableResultException(result, null);
        }

        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, cancellationToken);
        var response = new CachedResponse(body.ToArray(), call.Operation.Policy);
        call.Executed = true;
        return body.Length <= _maxPayloadBytes ? response : throw new UncacheableResultException(result, response);
    }

    /// <summary>Executes a prepared document, and keeps it in the document cache once it has passed validation.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, PreparedDocument document, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await executor.ExecuteAsync(request, document, services, user, cancellationToken);
        if (result.Executed)
        {
            // It passed validation, so later requests can skip the rules that depend on the document alone.
            documents.Keep(request.Document, document);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A cached response could not be read ({Reason}); answered from the store instead. Entries written by another version expire by Cache:ResponseTtl.")]
    private static partial void LogUnreadableEntry(ILogger logger, string reason);

    private sealed class CacheCall(GraphQLResponseCache owner, GraphQLHttpRequest request, PreparedDocument document, PreparedOperation operation, ClaimsPrincipal user)
    {
        public GraphQLResponseCache Owner { get; } = owner;

        public GraphQLHttpRequest Request { get; } = request;

        public PreparedDocument Document { get; } = document;

        public PreparedOperation Operation { get; } = operation;

        public ClaimsPrincipal User { get; } = user;

        public Activity? Trace { get; } = Activity.Current;

        /// <summary>Whether this request's own factory ran; false for a hit and for requests that waited on another's.</summary>
        public bool Executed { get; set; }
    }
}
