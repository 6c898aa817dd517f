namespace MineralGraph.Store.Sqlite;

/// <summary>Where the embedded store keeps its database; bound from the <c>Store:Sqlite</c> section.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Store:Sqlite";

    /// <summary>The database file; created with its directory on first start.</summary>
    public string Path { get; set; } = "data/mineralgraph.db";

    /// <summary>Seconds a statement may wait for a write lock before it fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}
