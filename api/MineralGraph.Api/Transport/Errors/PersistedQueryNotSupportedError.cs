using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 200 when persisted documents are disabled and a request names one. The Apollo protocol fixes
/// message, code and status: clients then stop hashing and send the document's text every time.
/// </summary>
public sealed class PersistedQueryNotSupportedError()
    : UncachedTransportError("PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported, StatusCodes.Status200OK);
