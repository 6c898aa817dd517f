namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>One GraphQL request of a <see cref="LiveRequest"/>.</summary>
public sealed record LiveOperation(string Query, object? Variables = null, string? OperationName = null, object? Extensions = null);
