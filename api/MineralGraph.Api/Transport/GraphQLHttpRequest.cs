using GraphQL;

namespace MineralGraph.Api.Transport;

/// <summary>
/// The GraphQL request parameters read from a GET query string or a POST body. A request may
/// name a persisted document (<see cref="DocumentId"/> or <c>extensions.persistedQuery</c>)
/// instead of sending <see cref="Query"/>; the persisted-documents step fills it in before execution.
/// </summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    bool IsGet)
{
    /// <summary>
    /// Set by the persisted-documents step when the client sent a document it does not know yet
    /// with its hash: the hash to persist the document under once it has passed validation.
    /// </summary>
    public string? HashToPersist { get; init; }

    /// <summary>
    /// Set by the live transports (WebSocket, Server-Sent Events): the answer is a stream, so the
    /// request may be a subscription, which a plain GET or POST cannot carry.
    /// </summary>
    public bool IsStreamed { get; init; }

    /// <summary>The document to execute; only read after the persisted-documents step has filled it in.</summary>
    public string Document => Query ?? throw new InvalidOperationException("The request has no document yet: resolve it with PersistedDocumentResolver before executing it.");
}
