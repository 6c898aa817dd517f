using System.Diagnostics.Metrics;
using MineralGraph.Api.Subscriptions.Delivery;

namespace MineralGraph.Api.Subscriptions;

/// <summary>
/// Live updates' OpenTelemetry instruments, on the meter <see cref="MeterName"/>: revisions the
/// feed delivered (<c>source</c>: local, redis or store), revisions it could not list (missed),
/// open connections and subscriptions (<c>transport</c>: websocket or sse), the executions they
/// share, messages sent, and connections closed for falling too far behind.
/// </summary>
public sealed class SubscriptionMetrics
{
    public const string MeterName = "MineralGraph.Subscriptions";

    private readonly Counter<long> _revisions;
    private readonly Counter<long> _missed;
    private readonly UpDownCounter<long> _connections;
    private readonly UpDownCounter<long> _subscriptions;
    private readonly UpDownCounter<long> _executions;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _overflows;

    public SubscriptionMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _revisions = meter.CreateCounter<long>("mineralgraph.subscriptions.revisions", "{revision}", "Revisions delivered to this process's subscribers, by where the feed learned of them.");
        _missed = meter.CreateCounter<long>("mineralgraph.subscriptions.missed", "{gap}", "Times the change log no longer held revisions the feed had not delivered; subscribers were told to read again.");
        _connections = meter.CreateUpDownCounter<long>("mineralgraph.subscriptions.connections", "{connection}", "Open WebSocket and event-stream connections.");
        _subscriptions = meter.CreateUpDownCounter<long>("mineralgraph.subscriptions.active", "{subscription}", "Running subscription operations.");
        _executions = meter.CreateUpDownCounter<long>("mineralgraph.subscriptions.executions", "{execution}", "Running subscription executions: subscribers of the same document and variables share one.");
        _messages = meter.CreateCounter<long>("mineralgraph.subscriptions.messages", "{message}", "Results sent to clients.");
        _overflows = meter.CreateCounter<long>("mineralgraph.subscriptions.overflows", "{connection}", "Connections closed because they fell too many messages behind.");
    }

    internal void Delivered(ChangeSource source) => _revisions.Add(1, new KeyValuePair<string, object?>("source", source switch
    {
        ChangeSource.Local => "local",
        ChangeSource.Redis => "redis",
        _ => "store",
    }));

    internal void Missed() => _missed.Add(1);

    internal void Connection(string transport, int delta) => _connections.Add(delta, new KeyValuePair<string, object?>("transport", transport));

    internal void Subscription(string transport, int delta) => _subscriptions.Add(delta, new KeyValuePair<string, object?>("transport", transport));

    internal void Execution(int delta) => _executions.Add(delta);

    internal void Sent(string transport) => _messages.Add(1, new KeyValuePair<string, object?>("transport", transport));

    internal void Overflow(string transport) => _overflows.Add(1, new KeyValuePair<string, object?>("transport", transport));
}
