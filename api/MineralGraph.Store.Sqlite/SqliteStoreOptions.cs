using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Store.Sqlite;

/// <summary>Where the embedded store keeps its database; bound from the <c>Store:Sqlite</c> section.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Store:Sqlite";

    /// <summary>The database file; created with its directory on first start.</summary>
    public string Path { get; set; } = "data/mineralgraph.db";

    /// <summary>Seconds a statement may wait for a write lock before it fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Revisions the change log keeps: enough for a subscriber or API process that fell behind (a
    /// restart, Redis down) to catch up; older entries are pruned by the write that goes past them.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "Store:Sqlite:ChangeLogRevisions must be between 1 and 10000000.")]
    public int ChangeLogRevisions { get; set; } = 10_000;
}
