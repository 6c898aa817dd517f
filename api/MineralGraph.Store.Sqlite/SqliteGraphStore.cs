using System.Globalization;
using Microsoft.Data.Sqlite;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite.Adjacency;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// The embedded graph store: a property graph in one SQLite file (WAL), read through sessions
/// that keep their prepared statements, with relationship pages served by an in-memory
/// <see cref="AdjacencyIndex"/> that follows the file's committed writes.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable
{
    private const int SqliteInterrupt = 9;

    private readonly SqliteSessionPool _sessions;
    private readonly GraphModel _model;
    private readonly PropertyCodec _codec;
    private readonly ChangeSetCodec _changes;
    private readonly int _changeLogRevisions;
    private readonly AdjacencyIndex _adjacency;

    public SqliteGraphStore(SqliteStoreOptions options, GraphModel model)
    {
        var path = System.IO.Path.GetFullPath(options.Path);
        var directory = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new GraphStoreException(StoreErrorKind.Unavailable, $"The folder of the SQLite database, {directory}, cannot be created ({exception.Message}); set Store:Sqlite:Path to a writable location.", exception);
            }
        }

        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = options.BusyTimeoutSeconds,
        };
        _sessions = new SqliteSessionPool(connection.ToString());
        _model = model;
        _codec = new PropertyCodec(model);
        _changes = new ChangeSetCodec(model);
        _changeLogRevisions = options.ChangeLogRevisions;
        _adjacency = new AdjacencyIndex(model);
    }

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    /// <summary>When set, reads count their work there (tests of what a page costs).</summary>
    internal ReadWork? Work { get; set; }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            int? fileVersion = null;
            await using (var version = CreateCommand(connection, "SELECT (SELECT user_version FROM pragma_user_version), EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'node')"))
            await using (var reader = await version.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                if (reader.GetBoolean(1) && reader.GetInt32(0) != SqliteSchema.Version && !SqliteSchema.CanUpgrade(reader.GetInt32(0)))
                {
                    throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite file {connection.DataSource} has schema version {reader.GetInt32(0)}, not {SqliteSchema.Version}: it was made by another MineralGraph. Delete it (it is rebuilt from the seed at the next start) or point Store:Sqlite:Path elsewhere.");
                }

                fileVersion = reader.GetBoolean(1) ? reader.GetInt32(0) : null;
            }

            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var upgrade = fileVersion is { } from && from != SqliteSchema.Version;
            await ExecuteAsync(connection, upgrade ? SqliteSchema.UpgradeScript(_model, fileVersion!.Value) : SqliteSchema.BuildScript(_model), cancellationToken);
            await StartRevisionAsync(connection, cancellationToken);
            if (upgrade && SqliteSchema.SearchIndexOutdated(fileVersion!.Value))
            {
                await RebuildSearchIndexAsync(connection, cancellationToken);
            }

            await ExecuteAsync(connection, $"PRAGMA user_version = {SqliteSchema.Version};", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            var nodes = await CountGroupsAsync(connection, "SELECT label, count(*) FROM node GROUP BY label", null, cancellationToken);
            var relationships = await CountGroupsAsync(connection, "SELECT type, count(*) FROM edge GROUP BY type", null, cancellationToken);
            return new GraphStatistics(new SortedDictionary<string, long>(nodes, StringComparer.Ordinal), new SortedDictionary<string, long>(relationships, StringComparer.Ordinal));
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, NodeRecord>>(new Dictionary<string, NodeRecord>());
        }

        return RunAsync<IReadOnlyDictionary<string, NodeRecord>>(async connection => await LoadNodesAsync(connection, ids, cancellationToken), cancellationToken);
    }

    private async Task<Dictionary<string, NodeRecord>> LoadNodesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var sql = $"SELECT n.id, n.label, n.name, n.props FROM node n WHERE n.id IN (SELECT value FROM json_each({parameters.AddList(ids)}))";
        await using var command = CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var nodes = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var node = ReadNode(reader, 0);
            nodes[node.Id] = node;
        }

        return nodes;
    }

    /// <summary>A node from columns id, label, name, props; the properties outside the selection (when given) are not decoded.</summary>
    private NodeRecord ReadNode(SqliteDataReader reader, int first, PropertySelection? selection = null)
    {
        var label = reader.GetString(first + 1);
        var name = reader.GetString(first + 2);
        return new NodeRecord(reader.GetString(first), label, _codec.DeserializeNode(label, name, reader.GetString(first + 3), selection));
    }

    /// <summary>A relationship from columns key, type, start_id, end_id, props.</summary>
    private RelationshipRecord ReadRelationship(SqliteDataReader reader, int first, PropertySelection? selection = null)
    {
        var type = reader.GetString(first + 1);
        return new RelationshipRecord(reader.GetString(first), type, reader.GetString(first + 2), reader.GetString(first + 3), _codec.DeserializeRelationship(type, reader.GetString(first + 4), selection));
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, SqlParameters? parameters = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters?.ApplyTo(command);
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, long>> CountGroupsAsync(SqliteConnection connection, string sql, SqlParameters? parameters, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        RunSessionAsync(session => work(session.Connection), cancellationToken);

    /// <summary>
    /// Runs one unit of work on a pooled session. Cancellation interrupts a running statement
    /// (sqlite3_interrupt), and SQLite failures leave as <see cref="GraphStoreException"/>. The
    /// session goes back to the pool only when the work ended cleanly.
    /// </summary>
    private async Task<T> RunSessionAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var session = await _sessions.RentAsync(cancellationToken);
            session.Work = Work;
            T result;
            try
            {
                await using (cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), session.Connection))
                {
                    result = await work(session);
                }
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }

            await _sessions.ReturnAsync(session);
            return result;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteInterrupt && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The store query was cancelled.", exception, cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 19)
        {
            throw new GraphStoreException(StoreErrorKind.InvalidData, $"The data breaks a constraint of the SQLite store: {exception.Message}", exception);
        }
        catch (SqliteException exception)
        {
            throw new GraphStoreException(StoreErrorKind.Unavailable, $"The SQLite store failed (error {exception.SqliteErrorCode.ToString(CultureInfo.InvariantCulture)}): {exception.Message}. Check that the database file is readable and writable.", exception);
        }
    }
}
