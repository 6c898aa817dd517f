using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 400 when a request sends both a document and its hash and the hash is not the document's, so
/// nothing is persisted under a wrong key. The message begins as Apollo's does.
/// </summary>
public sealed class PersistedQueryHashMismatchError(string sentHash, string documentHash)
    : TransportError(
        $"provided sha does not match query: the document's SHA-256 is '{documentHash}', not '{sentHash}'; hash the exact UTF-8 text sent as 'query', in lowercase hexadecimal.",
        ErrorCodes.PersistedQueryHashMismatch,
        StatusCodes.Status400BadRequest);
