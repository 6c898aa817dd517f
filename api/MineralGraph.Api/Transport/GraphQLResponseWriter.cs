using GraphQL;
using GraphQL.Execution;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Sets the status the spec asks for and serializes the result straight to the response body.
/// </summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType)
    {
        var response = context.Response;
        response.StatusCode = StatusCodeFor(result, mediaType, response.Headers);
        response.ContentType = mediaType.ContentType;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
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
