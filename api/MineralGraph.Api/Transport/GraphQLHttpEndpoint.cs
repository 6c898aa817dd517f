using GraphQL;
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
internal sealed class GraphQLHttpEndpoint(
    GetRequestReader getReader,
    PostRequestReader postReader,
    PersistedDocumentResolver persistedDocuments,
    GraphQLRequestExecutor executor,
    GraphQLResponseWriter writer,
    GraphQLResponseCache? cache = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = AcceptHeaderNegotiator.Negotiate(context.Request.Headers.Accept);
        GraphQLOutcome outcome;
        try
        {
            outcome = await ExecuteAsync(context, mediaType);
        }
        catch (TransportError error)
        {
            outcome = new GraphQLOutcome(new ExecutionResult(error), CacheStatus.None);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
            return;
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
        await persistedDocuments.PersistAsync(request, outcome, context.RequestAborted);
        return outcome;
    }
}
