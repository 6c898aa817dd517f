using MineralGraph.Api.Errors;
using MineralGraph.Api.Transport.PersistedDocuments;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 403 in trusted-documents mode for a document sent as text that the manifest does not list,
/// whatever hash came with it: only documents built into the frontends may run.
/// </summary>
public sealed class QueryNotInSafelistError()
    : UncachedTransportError(
        $"This server runs only trusted documents, and this one is not in its manifest: send a document your client build registered (by its 'sha256:' id or its exact text), or add it to the manifest at {PersistedDocumentsOptions.SectionName}:ManifestPath.",
        ErrorCodes.QueryNotInSafelist,
        StatusCodes.Status403Forbidden);
