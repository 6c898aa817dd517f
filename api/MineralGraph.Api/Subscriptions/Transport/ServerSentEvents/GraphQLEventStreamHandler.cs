using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Caching;
using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Errors;
using MineralGraph.Api.Subscriptions.Execution;
using MineralGraph.Api.Transport;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events (the graphql-sse protocol) on the GraphQL path. Distinct
/// connections mode: a GET or POST that accepts <c>text/event-stream</c> gets its operation's
/// results as <c>next</c> events, then <c>complete</c> (a subscription streams until the client
/// leaves); a request GraphQL refuses is reported in the stream, as the protocol asks. Single
/// connection mode: PUT reserves a stream (201, the token), a GET with the token opens it, POSTs
/// with the token run operations (202; results in the stream, tagged with
/// <c>extensions.operationId</c>), DELETE <c>?operationId=</c> stops one. Requests are read,
/// authenticated and limited as GraphQL over HTTP's are; transport failures are HTTP errors.
/// </summary>
internal sealed class GraphQLEventStreamHandler(
    GetRequestReader getReader,
    PostRequestReader postReader,
    OperationRunner runner,
    GraphQLResponseWriter writer,
    ConnectionLimiter limiter,
    EventStreamReservations reservations,
    IOptions<SubscriptionOptions> options,
    SubscriptionMetrics metrics,
    IHostApplicationLifetime lifetime)
{
    private const string EventStreamSubtype = "event-stream";

    private readonly SubscriptionOptions _options = options.Value;

    /// <summary>Whether the request is one of this protocol's: it carries a reservation token, reserves one (PUT), or names text/event-stream in Accept.</summary>
    public static bool Accepts(HttpRequest request) =>
        Token(request) is not null
        || HttpMethods.IsPut(request.Method)
        || ((HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)) && AcceptsEventStream(request.Headers.Accept));

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await RejectedCredentials.ThrowIfAnyAsync(context);
            var request = context.Request;
            if (Token(request) is not { } token)
            {
                await (HttpMethods.IsPut(request.Method) ? ReserveAsync(context) : StreamOperationAsync(context));
                return;
            }

            var reservation = reservations.Find(token) is { } found && found.IsHeldBy(context.User) ? found : throw new StreamNotFoundError();
            if (AcceptsEventStream(request.Headers.Accept) && HttpMethods.IsGet(request.Method))
            {
                await StreamReservationAsync(context, reservation);
            }
            else if (HttpMethods.IsPost(request.Method))
            {
                await RunInReservationAsync(context, reservation);
            }
            else if (HttpMethods.IsDelete(request.Method))
            {
                var id = request.Query[GraphQLSse.OperationId].ToString();
                reservation.Remove(id.Length > 0 ? id : throw new InvalidRequestError($"Name the operation to stop: DELETE ?{GraphQLSse.OperationId}=<the id its request gave in extensions.{GraphQLSse.OperationId}>."));
                context.Response.StatusCode = StatusCodes.Status200OK;
            }
            else
            {
                throw new InvalidRequestError($"With an event-stream token, send GET (accepting {GraphQLSse.MediaType}) to open the stream, POST to run an operation, or DELETE to stop one; not {request.Method}.");
            }
        }
        catch (TransportError error) when (!context.Response.HasStarted)
        {
            await writer.WriteAsync(context, new GraphQLOutcome(new ExecutionResult(error), CacheStatus.None), ResponseMediaType.Json);
        }
    }

    /// <summary>Distinct connections mode: this request's operation, streamed on this response.</summary>
    private async Task StreamOperationAsync(HttpContext context)
    {
        var leases = AcquireLeases(context);
        try
        {
            var request = HttpMethods.IsGet(context.Request.Method) ? getReader.Read(context.Request.Query) : await postReader.ReadAsync(context);
            var queue = new OutboundQueue(_options.MaxPendingMessages);
            var sink = new EventStreamSink(queue, GraphQLSse.NextPrefix, GraphQLSse.EventEnd, GraphQLSse.Complete, (_, overflow) =>
            {
                if (overflow)
                {
                    metrics.Overflow(EventStreamResponse.Transport);
                    context.Abort();
                }

                queue.Close();
            });
            await EventStreamResponse.StartAsync(context);
            metrics.Connection(EventStreamResponse.Transport, 1);
            using var stopping = lifetime.ApplicationStopping.Register(queue.Close);
            var writing = EventStreamResponse.WriteAsync(context, queue, _options.KeepAliveInterval, metrics);
            var outcome = await runner.RunAsync(request, context, sink, context.RequestAborted);
            if (outcome.Subscription is { } subscription)
            {
                metrics.Subscription(EventStreamResponse.Transport, 1);
                await writing;
                subscription.Dispose();
                metrics.Subscription(EventStreamResponse.Transport, -1);
            }
            else
            {
                queue.TryEnqueue(GraphQLSse.NextPrefix, outcome.Payload, GraphQLSse.EventEnd);
                sink.Complete();
                await writing;
            }

            metrics.Connection(EventStreamResponse.Transport, -1);
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    /// <summary>Single connection mode, PUT: a reservation for the caller, answered 201 with its token.</summary>
    private async Task ReserveAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        if (!StringValues.IsNullOrEmpty(accept) && !Accepts(accept, "text/plain", ranges: true))
        {
            throw new InvalidRequestError($"A reservation answers with its token as text/plain; 'Accept: {accept}' does not allow it.");
        }

        var reservation = reservations.Reserve(context.User, AcquireLeases(context), metrics);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted);
    }

    /// <summary>Single connection mode, GET: the reservation's one stream, open until the client leaves; its end ends the reservation.</summary>
    private async Task StreamReservationAsync(HttpContext context, EventStreamReservation reservation)
    {
        if (!reservation.TryConnect())
        {
            throw new OperationExistsError("This reservation's event stream is already open: one stream serves a reservation; make another reservation for another stream.");
        }

        using (reservation)
        {
            await EventStreamResponse.StartAsync(context);
            metrics.Connection(EventStreamResponse.Transport, 1);
            using var stopping = lifetime.ApplicationStopping.Register(reservation.Dispose);
            await EventStreamResponse.WriteAsync(context, reservation.Queue, _options.KeepAliveInterval, metrics);
            metrics.Connection(EventStreamResponse.Transport, -1);
        }
    }

    /// <summary>Single connection mode, POST: one operation, accepted with 202 and streamed through the reservation; a request GraphQL refuses gets 400 here instead.</summary>
    private async Task RunInReservationAsync(HttpContext context, EventStreamReservation reservation)
    {
        var request = await postReader.ReadAsync(context);
        var id = request.Extensions?.GetValueOrDefault(GraphQLSse.OperationId) as string is { Length: > 0 } given ? given
            : throw new InvalidRequestError($"An operation sent with an event-stream token needs an id in 'extensions.{GraphQLSse.OperationId}', for its results to carry.");
        var sink = reservation.Add(id, _options.MaxSubscriptionsPerConnection);
        var outcome = await runner.RunAsync(request, context, sink, context.RequestAborted);
        if (!outcome.Executed)
        {
            reservation.Remove(id, sink);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = ResponseMediaType.Json.ContentType;
            await context.Response.Body.WriteAsync(outcome.Payload, context.RequestAborted);
            return;
        }

        if (outcome.Subscription is { } subscription)
        {
            reservation.Attach(id, sink, subscription);
        }
        else
        {
            sink.Next(outcome.Payload);
            sink.Complete();
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>The places this connection takes from its address's and its key's limits; a full one refuses it with 429.</summary>
    private IDisposable[] AcquireLeases(HttpContext context)
    {
        var address = limiter.TryAcquireAddress(context.Connection.RemoteIpAddress, out var refusal) ?? throw new TooManyConnectionsError(refusal!);
        if (context.User.Identity is not { IsAuthenticated: true, Name: { } holder })
        {
            return [address];
        }

        if (limiter.TryAcquireKey(holder, out refusal) is { } key)
        {
            return [address, key];
        }

        address.Dispose();
        throw new TooManyConnectionsError(refusal!);
    }

    private static string? Token(HttpRequest request) =>
        request.Headers[GraphQLSse.TokenHeader] is { Count: > 0 } header ? header.ToString()
        : request.Query[GraphQLSse.TokenQuery] is { Count: > 0 } query ? query.ToString()
        : null;

    /// <summary>
    /// Asked of every request on the GraphQL path, most of which name no event stream: the
    /// subtype's text, which a parsed media type can only come from, is looked for before the
    /// header is parsed.
    /// </summary>
    private static bool AcceptsEventStream(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains(EventStreamSubtype, StringComparison.OrdinalIgnoreCase))
            {
                return Accepts(accept, GraphQLSse.MediaType);
            }
        }

        return false;
    }

    /// <summary>Whether the Accept header names the media type with a quality above 0; with <paramref name="ranges"/>, a range that covers it will do.</summary>
    private static bool Accepts(StringValues accept, string mediaType, bool ranges = false) =>
        MediaTypeHeaderValue.TryParseList(accept, out var values)
        && values.Any(value => (value.Quality ?? 1) > 0 && (value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || (ranges && (value.MatchesAllTypes || (value.MatchesAllSubTypes && mediaType.StartsWith(value.Type.ToString() + "/", StringComparison.OrdinalIgnoreCase))))));
}
