using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using MineralGraph.Api.Auth;
using MineralGraph.Api.Subscriptions.Connections;
using MineralGraph.Api.Subscriptions.Errors;
using MineralGraph.Api.Subscriptions.Execution;
using MineralGraph.Api.Transport;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// One WebSocket speaking graphql-transport-ws: <c>connection_init</c> within
/// <see cref="SubscriptionOptions.ConnectionInitTimeout"/> (with the API key in its payload,
/// held to the same rules as over HTTP), then operations by id, each a subscription that sends
/// <c>next</c> until the client completes it, or a query or mutation that sends one <c>next</c>
/// and <c>complete</c>; <c>ping</c> is answered with <c>pong</c>. Every breach of the protocol
/// closes the socket with the protocol's code; a refused operation gets an <c>error</c> message
/// and the socket goes on. One reader takes messages in order; one writer sends from the
/// connection's <see cref="OutboundQueue"/>.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private const string Transport = "websocket";
    private const int MaxCloseReasonBytes = 123;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private static readonly byte[] AckMessage = Encoding.UTF8.GetBytes($$"""{"type":"{{GraphQLTransportWs.ConnectionAck}}"}""");
    private static readonly byte[] PongMessage = Encoding.UTF8.GetBytes($$"""{"type":"{{GraphQLTransportWs.Pong}}"}""");

    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly OperationRunner _runner;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ApiKeyRing _keys;
    private readonly ConnectionLimiter _limiter;
    private readonly SubscriptionOptions _options;
    private readonly SubscriptionMetrics _metrics;
    private readonly ILogger _logger;
    private readonly OutboundQueue _outbound;
    private readonly CancellationTokenSource _reading = new();
    private readonly CancellationTokenSource _writing = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private IDisposable? _keyLease;
    private bool _initialised;
    private bool _acknowledged;
    private (WebSocketCloseStatus Status, string Reason)? _close;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext context, OperationRunner runner, IGraphQLTextSerializer serializer, ApiKeyRing keys, ConnectionLimiter limiter, SubscriptionOptions options, SubscriptionMetrics metrics, ILogger logger)
    {
        _socket = socket;
        _context = context;
        _runner = runner;
        _serializer = serializer;
        _keys = keys;
        _limiter = limiter;
        _options = options;
        _metrics = metrics;
        _logger = logger;
        _outbound = new OutboundQueue(options.MaxPendingMessages);
    }

    /// <summary>Runs the connection until either side closes it; <paramref name="stopping"/> closes it with 1001 for the client to reconnect elsewhere.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        _metrics.Connection(Transport, 1);
        var writing = WriteAsync();
        using var initTimeout = new CancellationTokenSource(_options.ConnectionInitTimeout);
        using var timedOut = initTimeout.Token.Register(() =>
        {
            if (!Volatile.Read(ref _initialised))
            {
                Close((WebSocketCloseStatus)GraphQLTransportWs.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        });
        using var stopped = stopping.Register(() => Close(WebSocketCloseStatus.EndpointUnavailable, "The server is restarting: reconnect."));
        try
        {
            await ReadAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away or did not finish the close handshake; nothing is left to tell it.
        }
        finally
        {
            StopOperations();
            Close(WebSocketCloseStatus.NormalClosure, "");
            await writing;
            _keyLease?.Dispose();
            _reading.Dispose();
            _writing.Dispose();
            _metrics.Connection(Transport, -1);
        }
    }

    /// <summary>Queues a message for the writer; a client too far behind is disconnected with 1013, to reconnect and read again.</summary>
    public void Send(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> payload, ReadOnlyMemory<byte> suffix)
    {
        if (!_outbound.TryEnqueue(prefix, payload, suffix) && _close is null)
        {
            _metrics.Overflow(Transport);
            Close((WebSocketCloseStatus)GraphQLTransportWs.TryAgainLater, $"Fell {_options.MaxPendingMessages} messages behind: reconnect and read again.", drain: false);
        }
    }

    /// <summary>Ends an operation from the server's side (its stream completed): it is forgotten and the client told, unless the client completed it first.</summary>
    public void Finish(WebSocketOperation operation)
    {
        if (operation.Stop())
        {
            _metrics.Subscription(Transport, -1);
        }

        if (Forget(operation))
        {
            Send(operation.CompleteMessage, default, default);
        }
    }

    private async Task ReadAsync()
    {
        // Most messages a client sends are small (init, ping, a subscribe); an idle socket should hold little.
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var length = 0;
            var discarding = false;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxMessageBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), _reading.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                length += received.Count;
                if (length > _options.MaxMessageBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {_options.MaxMessageBytes} bytes (GraphQL:Subscriptions:MaxMessageBytes).");
                    discarding = true;
                    length = 0;
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (!discarding && _close is null)
                {
                    if (received.MessageType == WebSocketMessageType.Binary)
                    {
                        Close((WebSocketCloseStatus)GraphQLTransportWs.BadRequest, "Binary messages are not part of graphql-transport-ws: send JSON text.");
                    }
                    else
                    {
                        Handle(buffer.AsSpan(0, length));
                    }
                }

                length = 0;
                discarding = false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(ReadOnlySpan<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message.ToArray());
        }
        catch (JsonException)
        {
            Refuse("Invalid message received: it is not JSON.");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                Refuse("Invalid message received: send a JSON object with a string 'type'.");
                return;
            }

            switch (type.GetString())
            {
                case GraphQLTransportWs.ConnectionInit:
                    Initialise(root);
                    break;
                case GraphQLTransportWs.Ping:
                    Send(root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object ? WithPayload(GraphQLTransportWs.Pong, payload) : PongMessage, default, default);
                    break;
                case GraphQLTransportWs.Pong:
                    break;
                case GraphQLTransportWs.Subscribe:
                    Subscribe(root);
                    break;
                case GraphQLTransportWs.Complete:
                    if (ReadId(root) is { } id)
                    {
                        CompleteByClient(id);
                    }

                    break;
                case var other:
                    Refuse($"Invalid message received: '{other}' is not a message a client sends in graphql-transport-ws.");
                    break;
            }
        }
    }

    private void Initialise(JsonElement message)
    {
        if (_initialised)
        {
            Close((WebSocketCloseStatus)GraphQLTransportWs.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        Volatile.Write(ref _initialised, true);
        var payload = message.TryGetProperty("payload", out var value) ? value : default;
        if (payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            Refuse("Invalid message received: the connection_init payload must be an object or null.");
            return;
        }

        switch (_keys.Authenticate(ConnectionInitKey.Read(payload).ToList()))
        {
            case (_, { } refusal):
                LogRefusedKey(_logger, refusal);
                Close((WebSocketCloseStatus)GraphQLTransportWs.Forbidden, "Forbidden: an API key in connection_init's payload is not valid; send a valid one, or none to read.");
                return;
            case ({ } principal, _):
                // The connection's caller from now on, for its operations and what they persist.
                _context.User = principal;
                break;
        }

        if (_context.User.Identity is { IsAuthenticated: true, Name: { } holder })
        {
            _keyLease = _limiter.TryAcquireKey(holder, out _);
            if (_keyLease is null)
            {
                Close((WebSocketCloseStatus)GraphQLTransportWs.Forbidden, $"Forbidden: this API key has {_options.MaxConnectionsPerKey} connections open, the most allowed; close one.");
                return;
            }
        }

        Volatile.Write(ref _acknowledged, true);
        Send(AckMessage, default, default);
    }

    private void Subscribe(JsonElement message)
    {
        if (!Volatile.Read(ref _acknowledged))
        {
            Close((WebSocketCloseStatus)GraphQLTransportWs.Unauthorized, "Unauthorized");
            return;
        }

        if (ReadId(message) is not { } id)
        {
            return;
        }

        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            Refuse("Invalid message received: a subscribe message needs a payload object such as {\"query\": \"subscription { … }\"}.");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = RequestParameters.ReadRequest(payload, _serializer);
        }
        catch (TransportError error)
        {
            Refuse("Invalid message received: " + error.Message);
            return;
        }

        if (request is { Query: "" } && (request.DocumentId is not null || request.Extensions?.ContainsKey("persistedQuery") == true))
        {
            // graphql-ws requires a string query, so a client that names its document by hash sends an empty one.
            request = request with { Query = null };
        }

        var operation = new WebSocketOperation(this, id);
        lock (_gate)
        {
            if (_operations.ContainsKey(id))
            {
                Close((WebSocketCloseStatus)GraphQLTransportWs.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
                return;
            }

            if (_operations.Count >= _options.MaxSubscriptionsPerConnection)
            {
                Send(operation.ErrorMessage(Errors(_runner.Refused(new ExecutionResult(new SubscriptionLimitError(_options.MaxSubscriptionsPerConnection))).Payload)), default, default);
                return;
            }

            _operations.Add(id, operation);
        }

        _ = RunAsync(operation, request);
    }

    private async Task RunAsync(WebSocketOperation operation, GraphQLHttpRequest request)
    {
        try
        {
            var outcome = await _runner.RunAsync(request, _context, operation, operation.Cancellation);
            if (outcome.Subscription is { } subscription)
            {
                if (operation.Attach(subscription))
                {
                    _metrics.Subscription(Transport, 1);
                }

                return;
            }

            if (!Forget(operation))
            {
                // The client completed it while it ran: its result is not sent.
                return;
            }

            if (outcome.Executed)
            {
                Send(operation.NextPrefix, outcome.Payload, WebSocketOperation.NextSuffix);
                Send(operation.CompleteMessage, default, default);
            }
            else
            {
                Send(operation.ErrorMessage(Errors(outcome.Payload)), default, default);
            }
        }
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogOperationFailed(_logger, operation.Id, exception);
            Close((WebSocketCloseStatus)GraphQLTransportWs.InternalServerError, "Internal server error");
        }
    }

    private void CompleteByClient(string id)
    {
        WebSocketOperation? operation;
        lock (_gate)
        {
            _operations.Remove(id, out operation);
        }

        if (operation is not null && operation.Stop())
        {
            _metrics.Subscription(Transport, -1);
        }
    }

    private bool Forget(WebSocketOperation operation)
    {
        lock (_gate)
        {
            return _operations.TryGetValue(operation.Id, out var current) && current == operation && _operations.Remove(operation.Id);
        }
    }

    private void StopOperations()
    {
        WebSocketOperation[] operations;
        lock (_gate)
        {
            operations = [.. _operations.Values];
            _operations.Clear();
        }

        foreach (var operation in operations)
        {
            if (operation.Stop())
            {
                _metrics.Subscription(Transport, -1);
            }
        }
    }

    private string? ReadId(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Refuse("Invalid message received: this message needs a non-empty string 'id'.");
        return null;
    }

    private void Refuse(string reason) => Close((WebSocketCloseStatus)GraphQLTransportWs.BadRequest, reason);

    /// <summary>
    /// Closes the socket, once: the writer sends what was queued before (answers to the client's
    /// earlier messages), unless the client is too slow to take it (<paramref name="drain"/> false),
    /// then the close frame; nothing queued after goes out. The reader waits for the client's
    /// close frame, up to a few seconds.
    /// </summary>
    private void Close(WebSocketCloseStatus status, string reason, bool drain = true)
    {
        lock (_gate)
        {
            if (_close is not null)
            {
                return;
            }

            _close = (status, Fit(reason));
        }

        _outbound.Close();
        if (!drain)
        {
            _writing.Cancel();
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            // No token for the send: the socket takes an uncancellable send without waiting or
            // allocating when it can. A send a client that reads nothing leaves stuck holds up the
            // close frame below until its timeout, and the reader's cancellation then aborts the socket.
            await _outbound.WriteAllAsync(
                message => _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None),
                () => _metrics.Sent(Transport),
                _writing.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
        }

        if (_close is { } close && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
                await _socket.CloseOutputAsync(close.Status, close.Reason, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
            {
            }
        }

        // The client has a few seconds to answer the close frame; then the read is cancelled, which aborts the socket.
        _reading.CancelAfter(CloseHandshakeTimeout);
    }

    /// <summary>The errors array of a refused request's response, as an <c>error</c> message carries it.</summary>
    private static byte[] Errors(ReadOnlyMemory<byte> response)
    {
        using var document = JsonDocument.Parse(response);
        return Encoding.UTF8.GetBytes(document.RootElement.GetProperty("errors").GetRawText());
    }

    private static byte[] WithPayload(string type, JsonElement payload) =>
        Encoding.UTF8.GetBytes($$"""{"type":"{{type}}","payload":{{payload.GetRawText()}}}""");

    /// <summary>A close reason cut to the 123 bytes a close frame holds, on a character boundary.</summary>
    private static string Fit(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > MaxCloseReasonBytes - 3)
        {
            length--;
        }

        return reason[..length] + "…";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A WebSocket was refused at connection_init: {Refusal}")]
    private static partial void LogRefusedKey(ILogger logger, string refusal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Id} on a WebSocket failed; the socket was closed with 4500.")]
    private static partial void LogOperationFailed(ILogger logger, string id, Exception exception);
}
