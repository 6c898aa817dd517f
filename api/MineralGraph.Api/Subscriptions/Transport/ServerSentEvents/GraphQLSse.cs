using System.Text;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>The names and frames of the graphql-sse protocol (GraphQL over Server-Sent Events), as its PROTOCOL.md gives them.</summary>
internal static class GraphQLSse
{
    public const string MediaType = "text/event-stream";

    /// <summary>The header that carries a reservation's token in single connection mode; <see cref="TokenQuery"/> where headers cannot be set (EventSource).</summary>
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    public const string TokenQuery = "token";

    /// <summary>The id of an operation in single connection mode: <c>extensions.operationId</c> of its request, <c>?operationId=</c> to stop it.</summary>
    public const string OperationId = "operationId";

    /// <summary><c>event: next</c> with a result as its data (distinct connections mode).</summary>
    public static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");

    public static readonly byte[] EventEnd = Encoding.UTF8.GetBytes("\n\n");

    /// <summary>The end of a stream; the empty data field makes EventSource fire it.</summary>
    public static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    /// <summary>A comment line: opens the stream in browsers that wait for a first byte, and keeps idle streams alive.</summary>
    public static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(":\n\n");
}
