using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MineralGraph.Api.Subscriptions.Transport.ServerSentEvents;

/// <summary>The open reservations of single connection mode, by token: 256 random bits, so a token cannot be guessed.</summary>
internal sealed class EventStreamReservations(IOptions<SubscriptionOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EventStreamReservation> _reservations = new(StringComparer.Ordinal);

    public EventStreamReservation Reserve(ClaimsPrincipal user, IDisposable[] leases, SubscriptionMetrics metrics)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var reservation = new EventStreamReservation(token, user, leases, options.Value, metrics, time, ended => _reservations.TryRemove(ended.Token, out _));
        _reservations[token] = reservation;
        return reservation;
    }

    public EventStreamReservation? Find(string token) => _reservations.GetValueOrDefault(token);
}
