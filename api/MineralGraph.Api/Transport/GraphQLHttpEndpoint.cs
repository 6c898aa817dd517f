using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Transport.Errors;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The request pipeline of the GraphQL path: check the method, negotiate the response media
/// type, refuse rejected credentials, read the request, resolve a persisted document, execute,
/// write. Each step is its own class; a step that refuses the request throws a
/// <see cref="TransportError"/>, which is answered as a GraphQL response.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    GetRequestReader getReader,
    PostRequestReader postReader,
    PersistedDocumentResolver persistedDocuments,
    GraphQLRequestExecutor executor,
    GraphQLResponseWriter writer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = AcceptHeaderNegotiator.Negotiate(context.Request.Headers.Accept);
        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(context, mediaType);
        }
        catch (TransportError error)
        {
            result = new ExecutionResult(error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
            return;
        }

        // A client that accepts neither media type still gets its 406 explained, in plain JSON.
        await writer.WriteAsync(context, result, mediaType ?? ResponseMediaType.Json);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, ResponseMediaType? mediaType)
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

        await EnsureCredentialsAcceptedAsync(context);
        var request = isGet ? getReader.Read(context.Request.Query) : await postReader.ReadAsync(context);
        request = await persistedDocuments.ResolveAsync(request, context.RequestAborted);
        return await executor.ExecuteAsync(context, request);
    }

    /// <summary>
    /// Refuses credentials the authentication scheme rejected. The authentication middleware leaves
    /// such a caller anonymous, which would let a wrong key read unnoticed; the scheme's result is
    /// cached for the request, so asking again costs nothing.
    /// </summary>
    private static async Task EnsureCredentialsAcceptedAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
            && await schemes.GetDefaultAuthenticateSchemeAsync() is not null
            && await context.AuthenticateAsync() is { Failure: { } failure })
        {
            throw new InvalidCredentialsError(failure.Message);
        }
    }
}
