using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Transport.Errors;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The request pipeline of the GraphQL path: check the method, negotiate the response media
/// type, refuse rejected credentials, read the request, resolve a persisted document, execute,
/// persist a new document that proved valid, write. Each step is its own class; a step that refuses the request throws a
/// <see cref="TransportError"/>, which is answered as a GraphQL response.
/// With the response cache registered (<c>AddGraphQLResponseCache</c>), it answers instead of
/// the bare executor.
/// </summary>
/// <remarks>
/// One budget covers every step: <see cref="GraphQLHttpOptions.ExecutionTimeout"/> and the
/// client's disconnect cancel reading, parsing, validating and executing alike, through
/// <see cref="HttpContext.RequestAborted"/>, which every step already observes.
/// </remarks>
internal sealed partial class GraphQLHttpEndpoint(
    GetRequestReader getReader,
    PostRequestReader postReader,
    PersistedDocumentResolver persistedDocuments,
    GraphQLRequestExecutor executor,
    GraphQLResponseWriter writer,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpEndpoint> logger,
    GraphQLResponseCache? cache = null)
{
    private const int MaxLoggedMessageLength = 500;

    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = AcceptHeaderNegotiator.Negotiate(context.Request.Headers.Accept);
        var disconnected = context.RequestAborted;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(disconnected);
        budget.CancelAfter(_timeout);
        context.RequestAborted = budget.Token;
        GraphQLOutcome outcome;
        try
        {
            outcome = await ExecuteAsync(context, mediaType);
        }
        catch (TransportError error)
        {
            outcome = new GraphQLOutcome(new ExecutionResult(error), CacheStatus.None);
        }
        catch (OperationCanceledException) when (disconnected.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
            return;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            outcome = new GraphQLOutcome(new ExecutionResult(new ExecutionTimeoutError(_timeout)), CacheStatus.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A fault of this server, not of the request: answered as GraphQL, logged in bounded lines.
            LogUnexpected(logger, exception.GetType().FullName, Truncate(exception.Message), exception.StackTrace);
            outcome = new GraphQLOutcome(new ExecutionResult(new InternalServerError()), CacheStatus.None);
        }
        finally
        {
            // The answer is written whole, whatever is left of the budget.
            context.RequestAborted = disconnected;
        }

        // A client that accepts neither media type still gets its 406 explained, in plain JSON.
        await writer.WriteAsync(context, outcome, mediaType ?? ResponseMediaType.Json);
    }

    private async ValueTask<GraphQLOutcome> ExecuteAsync(HttpContext context, ResponseMediaType? mediaType)
    {
        var method = context.Request.Method;
        var isGet = HttpMethods.IsGet(method);
        if (!isGet && !HttpMethods.IsPost(method))
        {
            throw new MethodNotAllowedError(method);
        }

        if (mediaType is null)
        {
            throw new NotAcceptableError(context.Request.Headers[HeaderNames.Accept].ToString());
        }

        await RejectedCredentials.ThrowIfAnyAsync(context);
        var request = isGet ? getReader.Read(context.Request.Query) : await postReader.ReadAsync(context);
        request = await persistedDocuments.ResolveAsync(request, context.RequestAborted);
        var outcome = cache is null
            ? new GraphQLOutcome(await executor.ExecuteAsync(context, request), CacheStatus.None)
            : await cache.RespondAsync(context, request);
        await persistedDocuments.PersistAsync(request, outcome, context);
        return outcome;
    }

    private static string Truncate(string text) =>
        text.Length <= MaxLoggedMessageLength ? text : string.Concat(text.AsSpan(0, MaxLoggedMessageLength), "…");

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL request failed inside the server: {ExceptionType}: {Reason}\n{StackTrace}")]
    private static partial void LogUnexpected(ILogger logger, string? exceptionType, string reason, string? stackTrace);
}
