namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>Which documents the endpoint accepts, and whether clients may send them by hash.</summary>
public enum PersistedDocumentsMode
{
    /// <summary>
    /// Any document runs; a client may send a hash instead (Apollo's automatic persisted queries,
    /// or <c>documentId</c>), which is looked up in the manifest and in the documents clients persisted.
    /// </summary>
    Automatic,

    /// <summary>
    /// Only the manifest's documents run, by hash or by their exact text; every other document is
    /// refused and nothing is persisted. For production frontends.
    /// </summary>
    TrustedOnly,

    /// <summary>Only documents sent as text run; a request that names one by hash is told so.</summary>
    Disabled,
}
