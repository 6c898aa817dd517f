namespace MineralGraph.Api.Subscriptions.Execution;

/// <summary>
/// How an operation of a live transport started: a subscription now sending to its sink
/// (<see cref="Subscription"/>, dispose it to stop); or one result as a serialized GraphQL
/// response, which either <see cref="Executed"/> (a query's or mutation's answer, or a
/// subscription whose stream could not start) or is a request refused before execution
/// (syntax, validation, variables, persisted documents), which protocols report apart.
/// </summary>
internal readonly record struct OperationOutcome(ReadOnlyMemory<byte> Payload, bool Executed, IDisposable? Subscription);
