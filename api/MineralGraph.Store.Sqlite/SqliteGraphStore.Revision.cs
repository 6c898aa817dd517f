using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Reads the one-row revision table. This is on the hot path of every cached response, so it
    /// takes a connection from a pool of its own, whose connection string asks for no per-open
    /// pragma (foreign keys matter only to writes), and runs one statement without the cancellation
    /// hook: the statement reads one row from one page.
    /// </summary>
    public async ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await using var connection = new SqliteConnection(_revisionConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT revision FROM graph_revision";
            return await command.ExecuteScalarAsync(cancellationToken) as long?
                ?? throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite file {connection.DataSource} has no graph revision; start the API once (it prepares the schema) or run the seed loader before reading.");
        }
        catch (SqliteException exception)
        {
            throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite store failed to read the graph revision (error {exception.SqliteErrorCode}): {exception.Message}. Check that the database file exists and is readable.", exception);
        }
    }

    /// <summary>Creates the revision row of a new (or upgraded) file, starting at <see cref="RevisionOrigin"/>.</summary>
    private static async Task StartRevisionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, "INSERT OR IGNORE INTO graph_revision(id, revision) VALUES (1, $origin)");
        command.Parameters.AddWithValue("$origin", RevisionOrigin.Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Bumps the revision inside the caller's write transaction, so readers see data and revision change together.</summary>
    private static async Task<long> BumpRevisionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, "UPDATE graph_revision SET revision = revision + 1 RETURNING revision");
        return await command.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite file {connection.DataSource} has no graph revision; call EnsureSchemaAsync (the API does at start) before writing.");
    }
}
