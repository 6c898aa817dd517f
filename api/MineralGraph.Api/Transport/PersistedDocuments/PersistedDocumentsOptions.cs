namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// How the endpoint accepts documents by hash and which documents it trusts; bound from the
/// <c>GraphQL:PersistedDocuments</c> configuration section and validated at start, manifest included.
/// </summary>
public sealed class PersistedDocumentsOptions
{
    public const string SectionName = "GraphQL:PersistedDocuments";

    public PersistedDocumentsMode Mode { get; set; } = PersistedDocumentsMode.Automatic;

    /// <summary>
    /// The trusted documents, relative to the content root: graphql-codegen's
    /// <c>persisted-documents.json</c> (<c>{"&lt;sha256&gt;": "&lt;document&gt;"}</c>) or Apollo's persisted
    /// query manifest. Required for <see cref="PersistedDocumentsMode.TrustedOnly"/>; optional for
    /// <see cref="PersistedDocumentsMode.Automatic"/>, where it spares the first request of each document.
    /// </summary>
    public string? ManifestPath { get; set; }

    /// <summary>
    /// How long a document a client persisted stays in the distributed cache. A document never
    /// changes under its hash, so only memory limits this; a client whose document expired just
    /// sends it again once.
    /// </summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a document an anonymous client persisted stays: shorter, as anyone can send one.</summary>
    public TimeSpan AnonymousTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Largest document, in bytes of UTF-8, that a client may persist by hash; a larger one still
    /// runs when sent as text, but is not kept, so the client keeps sending its text.
    /// </summary>
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Most new documents one API key may persist per minute in each process; past it, documents
    /// still run but are not kept until the minute is over.
    /// </summary>
    public int NewDocumentsPerMinute { get; set; } = 60;

    /// <summary>The same for anonymous clients, counted per client address.</summary>
    public int AnonymousNewDocumentsPerMinute { get; set; } = 10;

    /// <summary>
    /// Most memory, in bytes of document text, that this process keeps of recently used persisted
    /// documents, so hot documents need no distributed-cache round trip and survive its outages.
    /// </summary>
    public long MemoryCacheBytes { get; set; } = 16 * 1024 * 1024;
}
