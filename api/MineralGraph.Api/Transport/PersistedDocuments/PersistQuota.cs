using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Transport.PersistedDocuments;

/// <summary>
/// How many new documents each client may persist per minute, in this process: an API key's
/// holder <see cref="PersistedDocumentsOptions.NewDocumentsPerMinute"/>, an anonymous client (by
/// address) <see cref="PersistedDocumentsOptions.AnonymousNewDocumentsPerMinute"/>. A fixed window
/// per client; idle clients' counters are dropped by the limiter.
/// </summary>
internal sealed class PersistQuota : IDisposable
{
    private readonly PartitionedRateLimiter<PersistingClient> _limiter;

    public PersistQuota(IOptions<PersistedDocumentsOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<PersistingClient, PersistingClient>(client =>
            RateLimitPartition.GetFixedWindowLimiter(client, client => new FixedWindowRateLimiterOptions
            {
                PermitLimit = client.Anonymous ? settings.AnonymousNewDocumentsPerMinute : settings.NewDocumentsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public bool TryTake(PersistingClient client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
