using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Caching;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// Where documents are found by hash: the trusted manifest, the documents this process used
/// recently, then the distributed cache that API instances share (Redis when configured). The
/// registered <see cref="IDistributedCache"/> is expected to turn its own failures into misses;
/// the recent documents keep the hot ones running through an outage of it. Every lookup is counted
/// on the cache meter (<c>cache</c> = persisted): a hit with the level that held the document, or a miss.
/// </summary>
internal sealed partial class PersistedDocumentStore : IDisposable
{
    private const string KeyPrefix = "persisted-document:sha256:";

    private readonly PersistedDocumentsMode _mode;
    private readonly IDistributedCache _distributed;
    private readonly CacheMetrics _metrics;
    private readonly ILogger<PersistedDocumentStore> _logger;
    private readonly MemoryCache _recent;
    private readonly DistributedCacheEntryOptions _entryOptions;
    private readonly DistributedCacheEntryOptions _anonymousEntryOptions;

    public PersistedDocumentStore(
        IOptions<PersistedDocumentsOptions> options,
        IDistributedCache distributed,
        IHostEnvironment environment,
        IEnumerable<BundledTrustedDocuments> bundled,
        CacheMetrics metrics,
        ILogger<PersistedDocumentStore> logger)
    {
        var settings = options.Value;
        _mode = settings.Mode;
        _distributed = distributed;
        _metrics = metrics;
        _logger = logger;
        _recent = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MemoryCacheBytes });
        _entryOptions = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = settings.Ttl };
        _anonymousEntryOptions = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = settings.AnonymousTtl };

        // The validator read these files already; they are read again so the options stay plain
        // settings, at the cost of one more read of small files at start.
        var manifests = new List<TrustedDocumentManifest>();
        if (settings.Mode != PersistedDocumentsMode.Disabled)
        {
            if (!string.IsNullOrWhiteSpace(settings.ManifestPath))
            {
                var path = TrustedDocumentManifest.FullPath(settings.ManifestPath, environment);
                manifests.Add(TrustedDocumentManifest.Load(path));
                LogManifestLoaded(manifests[^1].Count, path, settings.Mode);
            }

            foreach (var documents in bundled)
            {
                manifests.Add(TrustedDocumentManifest.Load(documents.ManifestPath));
                LogBundledManifestLoaded(manifests[^1].Count, documents.Owner, documents.ManifestPath);
            }
        }

        Manifest = TrustedDocumentManifest.Combine(manifests);
    }

    public TrustedDocumentManifest Manifest { get; }

    /// <summary>
    /// The document with this hash, or null when no store holds it; in trusted-documents mode only
    /// the manifest counts. Every lookup by hash passes through here, so here it is counted.
    /// </summary>
    public async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (await LookUpAsync(hash, cancellationToken) is not var (document, level))
        {
            _metrics.Miss(CacheMetrics.Persisted);
            return null;
        }

        _metrics.Hit(CacheMetrics.Persisted, level);
        return document;
    }

    /// <summary>Persists a document whose hash the caller has checked, for <see cref="PersistedDocumentsOptions.AnonymousTtl"/> when an anonymous client sent it.</summary>
    public async ValueTask SaveAsync(string hash, string document, bool anonymous, CancellationToken cancellationToken)
    {
        Remember(hash, document);
        await _distributed.SetAsync(KeyPrefix + hash, Encoding.UTF8.GetBytes(document), anonymous ? _anonymousEntryOptions : _entryOptions, cancellationToken);
    }

    public void Dispose() => _recent.Dispose();

    private async ValueTask<(string Document, string Level)?> LookUpAsync(string hash, CancellationToken cancellationToken)
    {
        if (Manifest.TryGet(hash, out var trusted))
        {
            return (trusted, CacheMetrics.ManifestLevel);
        }

        // Another instance in Automatic mode may share the cache, so what it holds is not trusted.
        if (_mode == PersistedDocumentsMode.TrustedOnly)
        {
            return null;
        }

        if (_recent.TryGetValue(hash, out string? recent))
        {
            return (recent!, CacheMetrics.LocalLevel);
        }

        var stored = await _distributed.GetAsync(KeyPrefix + hash, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        // The cache is shared, so what comes back is checked: a wrong entry is a miss, never another document.
        var document = Encoding.UTF8.GetString(stored);
        if (DocumentHash.Compute(document) != hash)
        {
            LogCorruptEntry(KeyPrefix + hash);
            return null;
        }

        Remember(hash, document);
        return (document, CacheMetrics.RedisLevel);
    }

    private void Remember(string hash, string document) =>
        _recent.Set(hash, document, new MemoryCacheEntryOptions { Size = sizeof(char) * (long)document.Length });

    [LoggerMessage(Level = LogLevel.Information, Message = "Persisted documents: {Count} trusted documents from {Path}, mode {Mode}.")]
    private partial void LogManifestLoaded(int count, string path, PersistedDocumentsMode mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Persisted documents: {Count} trusted documents of {Owner} from {Path}.")]
    private partial void LogBundledManifestLoaded(int count, string owner, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The distributed cache entry {Key} does not hold the document of that hash; it is ignored. Something other than this API writes under that key.")]
    private partial void LogCorruptEntry(string key);
}
