using System.Net;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Subscriptions.Connections;

/// <summary>
/// Counts the live connections open per client address and per API key, across both
/// transports, against <see cref="SubscriptionOptions.MaxConnectionsPerAddress"/> and
/// <see cref="SubscriptionOptions.MaxConnectionsPerKey"/>. A place is held by a lease, given
/// back when the connection ends.
/// </summary>
internal sealed class ConnectionLimiter(IOptions<SubscriptionOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly int _perAddress = options.Value.MaxConnectionsPerAddress;
    private readonly int _perKey = options.Value.MaxConnectionsPerKey;

    /// <summary>A place for one more connection from the address, or null with the reason when it has its maximum.</summary>
    public IDisposable? TryAcquireAddress(IPAddress? address, out string? refusal)
    {
        var name = address?.ToString() ?? "unknown";
        var lease = TryAcquire("address " + name, _perAddress);
        refusal = lease is null
            ? $"{name} already has {_perAddress} live connections open, the most allowed: close one (a WebSocket can run up to {options.Value.MaxSubscriptionsPerConnection} subscriptions), or raise GraphQL:Subscriptions:MaxConnectionsPerAddress."
            : null;
        return lease;
    }

    /// <summary>A place for one more connection with the API key of this holder, or null with the reason when the key has its maximum.</summary>
    public IDisposable? TryAcquireKey(string holder, out string? refusal)
    {
        var lease = TryAcquire("key " + holder, _perKey);
        refusal = lease is null
            ? $"The API key of '{holder}' already has {_perKey} live connections open, the most allowed: close one, or raise GraphQL:Subscriptions:MaxConnectionsPerKey."
            : null;
        return lease;
    }

    private Lease? TryAcquire(string name, int limit)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(name);
            if (limit > 0 && open >= limit)
            {
                return null;
            }

            _open[name] = open + 1;
            return new Lease(this, name);
        }
    }

    private void Release(string name)
    {
        lock (_gate)
        {
            if (_open[name] == 1)
            {
                _open.Remove(name);
            }
            else
            {
                _open[name]--;
            }
        }
    }

    private sealed class Lease(ConnectionLimiter limiter, string name) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                limiter.Release(name);
            }
        }
    }
}
