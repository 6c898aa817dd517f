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
internal sealed class PersistedDocumentResolver(PersistedDocumentStore store, IOptions<PersistedDocumentsOptions> options)
{
    private const string PersistedQuery = "persistedQuery";

    private readonly PersistedDocumentsMode _mode = options.Value.Mode;

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
    /// instances share.
    /// </summary>
    public ValueTask PersistAsync(GraphQLHttpRequest request, GraphQLOutcome outcome, CancellationToken cancellationToken) =>
        request.HashToPersist is { } hash && outcome.Validated
            ? store.SaveAsync(hash, request.Document, cancellationToken)
            : ValueTask.CompletedTask;

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
}
