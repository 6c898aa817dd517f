namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// A failure worth retrying (a Neo.TransientError or a busy server). It never leaves the
/// executor: when the attempts run out it becomes a <see cref="GraphStoreException"/>.
/// </summary>
internal sealed class TransientNeo4jException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
