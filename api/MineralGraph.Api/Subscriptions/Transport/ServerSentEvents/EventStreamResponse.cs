using Microsoft.AspNetCore.Http.Features;
using MineralGraph.Api.Subscriptions.Connections;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>An HTTP response as an event stream: opened unbuffered and uncached, then fed from a queue and kept alive while idle.</summary>
internal static class EventStreamResponse
{
    public const string Transport = "sse";

    /// <summary>Sends the headers: 200, <c>text/event-stream</c>, no caching, and no buffering by the server, a compression layer or a proxy (nginx honours X-Accel-Buffering).</summary>
    public static Task StartAsync(HttpContext context)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLSse.MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        return response.StartAsync(context.RequestAborted);
    }

    /// <summary>Writes the queue's messages as they come, each flushed, until the queue is closed and empty or the client leaves; a comment line every <paramref name="keepAlive"/> keeps an idle stream open.</summary>
    public static async Task WriteAsync(HttpContext context, OutboundQueue queue, TimeSpan keepAlive, SubscriptionMetrics metrics)
    {
        queue.TryEnqueue(GraphQLSse.KeepAlive, default, default);
        using var timer = new PeriodicTimer(keepAlive);
        var keepingAlive = KeepAliveAsync(timer, queue, context.RequestAborted);
        var body = context.Response.Body;
        try
        {
            await queue.WriteAllAsync(
                async message =>
                {
                    await body.WriteAsync(message);
                    await body.FlushAsync();
                },
                () => metrics.Sent(Transport),
                context.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client went away.
        }
        finally
        {
            timer.Dispose();
            await keepingAlive;
        }
    }

    private static async Task KeepAliveAsync(PeriodicTimer timer, OutboundQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                queue.TryEnqueue(GraphQLSse.KeepAlive, default, default);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
