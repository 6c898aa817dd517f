using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 404 in trusted-documents mode when a request names a document the manifest does not hold.
/// Its own code, not PERSISTED_QUERY_NOT_FOUND, so Apollo clients do not resend the text, which
/// would be refused as well.
/// </summary>
public sealed class PersistedQueryNotInListError(string hash)
    : UncachedTransportError(
        $"The document 'sha256:{hash}' is not one of this server's trusted documents: deploy the manifest that lists it ({PersistedDocumentsOptions.SectionName}:ManifestPath) or send a document it lists.",
        ErrorCodes.PersistedQueryNotInList,
        StatusCodes.Status404NotFound);
