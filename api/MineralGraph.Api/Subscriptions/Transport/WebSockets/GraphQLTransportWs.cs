namespace MineralGraph.Api.Subscriptions.Transport.WebSockets;

/// <summary>
/// The names and numbers of the graphql-transport-ws protocol (the npm graphql-ws library's),
/// as its PROTOCOL.md gives them.
/// </summary>
internal static class GraphQLTransportWs
{
    public const string Subprotocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    /// <summary>A message of a type or shape the protocol does not define.</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused at <c>connection_init</c>: a key that matches nothing, or too many connections for the key.</summary>
    public const int Forbidden = 4403;

    /// <summary>The socket was opened without the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    public const int TooManyInitialisationRequests = 4429;

    public const int InternalServerError = 4500;

    /// <summary>WebSocket's own "try again later" (RFC 6455 registry): the client fell too far behind; graphql-ws clients reconnect.</summary>
    public const int TryAgainLater = 1013;
}
