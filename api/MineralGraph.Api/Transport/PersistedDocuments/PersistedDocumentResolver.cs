using System.Text;
using GraphQL;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// The transport's persisted-documents step, between reading a request and executing it:
/// turns a document named by hash — Apollo's <c>extensions.persistedQuery</c> or the GraphQL-over-HTTP
/// <c>documentId</c> — into its text, and in trusted-documents mode lets only the manifest's
/// documents through. Afterwards the request's <c>Query</c> is set. A new document sent with its
/// hash is persisted after execution (<see cref="PersistAsync"/>), once it is known to be valid.
/// </summary>
internal sealed partial class PersistedDocumentResolver(
    PersistedDocumentStore store,
    PersistQuota quota,
    IOptions<PersistedDocumentsOptions> options,
    ILogger<PersistedDocumentResolver> logger)
{
    private const string PersistedQuery = "persistedQuery";

    private readonly PersistedDocumentsMode _mode = options.Value.Mode;
    private readonly int _maxDocumentBytes = options.Value.MaxDocumentBytes;

    public async ValueTask<GraphQLHttpRequest> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var persistedQuery = request.Extensions?.GetValueOrDefault(PersistedQuery);
        if (request.DocumentId is null && persistedQuery is null)
        {
            if (request.Query is null)
            {
                throw RequestParameters.MissingQuery(request.IsGet);
            }

            if (_mode == PersistedDocumentsMode.TrustedOnly && !store.Manifest.ContainsDocument(request.Query))
            {
                throw new QueryNotInSafelistError();
            }

            return request;
        }

        if (_mode == PersistedDocumentsMode.Disabled)
        {
            throw new PersistedQueryNotSupportedError();
        }

        var hash = request.DocumentId is null ? ReadPersistedQueryHash(persistedQuery!)
            : persistedQuery is null ? ReadDocumentIdHash(request.DocumentId)
            : throw new InvalidRequestError($"The request names its document twice, by '{RequestParameters.DocumentId}' and by 'extensions.{PersistedQuery}': send one of them.");

        if (request.Query is null)
        {
            var document = await store.FindAsync(hash, cancellationToken);
            return document is not null ? request with { Query = document }
                : _mode == PersistedDocumentsMode.TrustedOnly ? throw new PersistedQueryNotInListError(hash)
                : throw new PersistedQueryNotFoundError();
        }

        var actual = DocumentHash.Compute(request.Query);
        if (actual != hash)
        {
            throw new PersistedQueryHashMismatchError(hash, actual);
        }

        if (!store.Manifest.Contains(hash))
        {
            if (_mode == PersistedDocumentsMode.TrustedOnly)
            {
                throw new QueryNotInSafelistError();
            }

            return request with { HashToPersist = hash };
        }

        return request;
    }

    /// <summary>
    /// Persists the document a client sent with its hash once the request has shown that it
    /// parses and validates, so text that is not a runnable document never fills the cache that
    /// instances share; and only within the client's bounds: documents up to
    /// <see cref="PersistedDocumentsOptions.MaxDocumentBytes"/>, so many new ones per minute, kept
    /// shorter for anonymous clients. A document past a bound has run all the same; it is just not
    /// kept, so the client sends its text again next time, as Apollo clients do on a miss.
    /// </summary>
    public ValueTask PersistAsync(GraphQLHttpRequest request, GraphQLOutcome outcome, HttpContext context)
    {
        if (request.HashToPersist is not { } hash || !outcome.Validated)
        {
            return ValueTask.CompletedTask;
        }

        var client = PersistingClient.Of(context);
        var bytes = Encoding.UTF8.GetByteCount(request.Document);
        if (bytes > _maxDocumentBytes)
        {
            LogNotPersisted(logger, hash, client.Name, $"it has {bytes} bytes, more than MaxDocumentBytes ({_maxDocumentBytes})");
            return ValueTask.CompletedTask;
        }

        if (!quota.TryTake(client))
        {
            LogNotPersisted(logger, hash, client.Name, "the client persisted its quota of new documents this minute");
            return ValueTask.CompletedTask;
        }

        return store.SaveAsync(hash, request.Document, client.Anonymous, context.RequestAborted);
    }

    private static string ReadDocumentIdHash(string documentId)
    {
        var hash = documentId.StartsWith(DocumentHash.DocumentIdPrefix, StringComparison.Ordinal) ? documentId[DocumentHash.DocumentIdPrefix.Length..] : null;
        return DocumentHash.IsValid(hash) ? hash!
            : throw new InvalidRequestError($"The '{RequestParameters.DocumentId}' '{documentId}' is not a SHA-256 document id: send '{DocumentHash.DocumentIdPrefix}' followed by the 64 lowercase hexadecimal digits of the SHA-256 of the document's UTF-8 text.");
    }

    private static string ReadPersistedQueryHash(object persistedQuery)
    {
        if (persistedQuery is not IDictionary<string, object?> fields)
        {
            throw new InvalidRequestError($"'extensions.{PersistedQuery}' must be an object such as {{\"version\": 1, \"sha256Hash\": \"<hash>\"}}.");
        }

        var version = fields.TryGetValue("version", out var value) ? value : null;
        if (version is not (1 or 1L))
        {
            throw new PersistedQueryVersionNotSupportedError(version?.ToString() ?? "(none)");
        }

        return fields.TryGetValue("sha256Hash", out var hash) && hash is string text && DocumentHash.IsValid(text) ? text
            : throw new InvalidRequestError($"'extensions.{PersistedQuery}.sha256Hash' must be the 64 lowercase hexadecimal digits of the SHA-256 of the document's UTF-8 text.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Persisted document {Hash} from {Client} is not kept: {Reason}.")]
    private static partial void LogNotPersisted(ILogger logger, string hash, string client, string reason);
}
