using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Reads the one-row revision table. This is on the hot path of every cached response, so it
    /// runs one prepared statement on a pooled session, without the cancellation hook: the
    /// statement reads one row from one page.
    /// </summary>
    public async ValueTask<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var session = await _sessions.RentAsync(cancellationToken);
        try
        {
            var revision = ReadRevision(session);
            await _sessions.ReturnAsync(session);
            return revision;
        }
        catch (Exception exception)
        {
            await session.DisposeAsync();
            if (exception is SqliteException sqlite)
            {
                throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite store failed to read the graph revision (error {sqlite.SqliteErrorCode}): {sqlite.Message}. Check that the database file exists and is readable.", sqlite);
            }

            throw;
        }
    }

    /// <summary>The revision in the session's snapshot (inside a read transaction, the snapshot's own).</summary>
    private static long ReadRevision(SqliteSession session) =>
        session.Prepare("SELECT revision FROM graph_revision").ExecuteScalar() as long?
            ?? throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite file {session.Connection.DataSource} has no graph revision; start the API once (it prepares the schema) or run the seed loader before reading.");

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
