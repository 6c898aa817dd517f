namespace MineralGraph.Api.Subscriptions.Execution;

/// <summary>Where a running subscription sends its results: one operation of one connection, framed by its transport.</summary>
internal interface ISubscriptionSink
{
    /// <summary>One result, serialized as a GraphQL response (<c>{"data":…}</c>); the same bytes go to every sink of a shared subscription.</summary>
    void Next(ReadOnlyMemory<byte> payload);

    /// <summary>The stream ended (the server is stopping); no result follows.</summary>
    void Complete();
}
