using System.ComponentModel.DataAnnotations;

namespace MineralGraph.Store.Neo4j;

/// <summary>Where and how to reach Neo4j's HTTP Query API; bound from the <c>Store:Neo4j</c> section.</summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "Store:Neo4j";

    /// <summary>The HTTP(S) endpoint of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    [Required(ErrorMessage = "Store:Neo4j:Uri is required when Store:Provider is 'neo4j', e.g. http://localhost:7474.")]
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>User for Basic authentication; ignored when <see cref="Token"/> is set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO, Aura API); takes precedence over user and password.</summary>
    public string? Token { get; set; }

    /// <summary>How long one HTTP request may take before it fails with a timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Store:Neo4j:RequestTimeout must be between 1 second and 1 hour.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts for a request or transaction that fails with a Neo.TransientError, the first included.</summary>
    [Range(1, 20, ErrorMessage = "Store:Neo4j:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry waits about this long; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows per UNWIND statement when importing.</summary>
    [Range(1, 100_000, ErrorMessage = "Store:Neo4j:ImportBatchSize must be between 1 and 100000.")]
    public int ImportBatchSize { get; set; } = 1000;

    /// <summary>Seconds <c>EnsureSchemaAsync</c> waits for new indexes to come online.</summary>
    [Range(1, 3600)]
    public int IndexOnlineTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Revisions the change log keeps (one node each): enough for a subscriber or API process that
    /// fell behind to catch up; older entries are deleted by the write that goes past them.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "Store:Neo4j:ChangeLogRevisions must be between 1 and 10000000.")]
    public int ChangeLogRevisions { get; set; } = 10_000;
}
