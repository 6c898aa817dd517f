using System.Text;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Reads the revision and the log in one read transaction, so both come from the same
    /// snapshot: a write committed between them cannot make the page look incomplete.
    /// </summary>
    public Task<ChangeLogPage> ReadChangesAsync(long afterRevision, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return RunAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            long revision;
            await using (var current = CreateCommand(connection, "SELECT revision FROM graph_revision"))
            {
                revision = await current.ExecuteScalarAsync(cancellationToken) as long?
                    ?? throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite file {connection.DataSource} has no graph revision; start the API once (it prepares the schema) before reading its change log.");
            }

            var parameters = new SqlParameters();
            var sql = $"SELECT change_set FROM change_log WHERE revision > {parameters.Add(afterRevision)} ORDER BY revision LIMIT {parameters.Add((long)limit)}";
            var changeSets = new List<ChangeSet>();
            await using (var command = CreateCommand(connection, sql, parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    changeSets.Add(_changes.Deserialize(Encoding.UTF8.GetBytes(reader.GetString(0))));
                }
            }

            var complete = revision <= afterRevision || (changeSets.Count > 0 && changeSets[0].Revision == afterRevision + 1);
            return new ChangeLogPage(changeSets, revision, complete);
        }, cancellationToken);
    }

    /// <summary>Logs a committed revision's changes inside its write transaction, and prunes the entries past <see cref="SqliteStoreOptions.ChangeLogRevisions"/>.</summary>
    private async Task AppendChangesAsync(SqliteConnection connection, ChangeSet changes, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var revision = parameters.Add(changes.Revision);
        var sql = $"""
            INSERT INTO change_log(revision, change_set) VALUES ({revision}, {parameters.Add(Encoding.UTF8.GetString(ChangeSetCodec.Serialize(changes)))});
            DELETE FROM change_log WHERE revision <= {revision} - {parameters.Add((long)_changeLogRevisions)};
            """;
        await using var command = CreateCommand(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
