using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>
/// Reads a POST request: a UTF-8 <c>application/json</c> body of at most
/// <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>, parsed straight from the pipe's buffers.
/// </summary>
internal sealed class PostRequestReader(IOptions<GraphQLHttpOptions> options, IGraphQLTextSerializer serializer)
{
    private readonly long _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    public async ValueTask<GraphQLHttpRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        EnsureJsonContentType(request.ContentType);

        if (request.ContentLength > _maxBodyBytes)
        {
            throw new RequestTooLargeError(_maxBodyBytes);
        }

        // Kestrel then stops a chunked body at the limit too, instead of at its 30 MB default.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = _maxBodyBytes;
        }

        try
        {
            return await ReadBodyAsync(request.BodyReader, context.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestTooLargeError(_maxBodyBytes);
        }
        catch (BadHttpRequestException exception)
        {
            throw new InvalidRequestError($"The request body could not be read ({exception.Message}): send it whole, with a correct Content-Length or valid chunked encoding.");
        }
    }

    private async ValueTask<GraphQLHttpRequest> ReadBodyAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;

            if (buffer.Length > _maxBodyBytes)
            {
                body.AdvanceTo(buffer.End);
                throw new RequestTooLargeError(_maxBodyBytes);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            // Consume nothing and ask for more, so the whole body ends up in one sequence.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private GraphQLHttpRequest Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new InvalidRequestError("The request body is empty: send a JSON object such as {\"query\": \"{ __typename }\"}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new InvalidJsonError("request body", exception.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestError("The request body must be a JSON object such as {\"query\": \"{ __typename }\"}.");
            }

            return RequestParameters.ReadRequest(root, serializer);
        }
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            throw new UnsupportedMediaTypeError(null);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Charset.HasValue
                && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                && !mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsupportedMediaTypeError(contentType);
        }
    }
}
