using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Api.Subscriptions;

/// <summary>
/// The limits of the live transports (WebSocket and Server-Sent Events on the GraphQL path);
/// bound from the <c>GraphQL:Subscriptions</c> section and validated at start.
/// </summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "GraphQL:Subscriptions";

    /// <summary>How long a new WebSocket may take to send <c>connection_init</c> before it is closed with 4408 (graphql-ws waits 3 seconds too).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "GraphQL:Subscriptions:ConnectionInitTimeout must be between 100 milliseconds and 10 minutes.")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Most operations running at once on one WebSocket or event-stream reservation; one more is answered with an error, and the connection stays.</summary>
    [Range(1, 10_000, ErrorMessage = "GraphQL:Subscriptions:MaxSubscriptionsPerConnection must be between 1 and 10000.")]
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>Most connections open at once with one API key (WebSockets, event streams and reservations); 0 for no limit.</summary>
    [Range(0, 1_000_000, ErrorMessage = "GraphQL:Subscriptions:MaxConnectionsPerKey must be between 0 (no limit) and 1000000.")]
    public int MaxConnectionsPerKey { get; set; } = 100;

    /// <summary>
    /// Most connections open at once from one client address; 0 for no limit (behind a proxy
    /// that does not forward the client's address, every connection comes from the proxy's).
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "GraphQL:Subscriptions:MaxConnectionsPerAddress must be between 0 (no limit) and 1000000.")]
    public int MaxConnectionsPerAddress { get; set; } = 100;

    /// <summary>Largest WebSocket message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    [Range(1024, 16 * 1024 * 1024, ErrorMessage = "GraphQL:Subscriptions:MaxMessageBytes must be between 1024 and 16777216.")]
    public int MaxMessageBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// Most messages waiting to be sent on one connection; a client that falls further behind is
    /// disconnected (WebSocket close 1013, try again later) rather than holding the server's memory.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "GraphQL:Subscriptions:MaxPendingMessages must be between 1 and 1000000.")]
    public int MaxPendingMessages { get; set; } = 1000;

    /// <summary>How often an idle connection is kept alive: WebSocket ping frames, event-stream comment lines.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "GraphQL:Subscriptions:KeepAliveInterval must be between 1 second and 1 hour.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a WebSocket may leave a ping unanswered before it is dropped as dead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "GraphQL:Subscriptions:KeepAliveTimeout must be between 1 second and 1 hour.")]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an event-stream reservation (single connection mode) waits for its stream before it is dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "GraphQL:Subscriptions:ReservationTimeout must be between 1 second and 1 hour.")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
