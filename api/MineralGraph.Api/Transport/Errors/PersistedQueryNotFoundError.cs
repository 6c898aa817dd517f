using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 200 when a request names a persisted document by hash that no store holds. The Apollo
/// protocol fixes message, code and status: clients match the message (or the code) and resend
/// the request with the document's text, which persists it.
/// </summary>
public sealed class PersistedQueryNotFoundError()
    : UncachedTransportError("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound, StatusCodes.Status200OK);
