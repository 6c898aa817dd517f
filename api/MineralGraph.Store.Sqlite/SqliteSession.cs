using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// An open connection the store keeps between calls, with the statements it prepared on it.
/// SQLite plans a statement when it is prepared, and with an index per declared property that
/// planning costs more than running a point query; the hot reads are a few fixed statements, so
/// each session prepares them once and runs them many times, as Npgsql's automatic preparation
/// does. Used by one caller at a time.
/// </summary>
internal sealed class SqliteSession : IAsyncDisposable
{
    /// <summary>Statements kept per session; past it the cache starts again, so odd shapes cannot grow it without bound.</summary>
    private const int MaxStatements = 128;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    public SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>The transaction the session's statements run in, if one is open.</summary>
    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Where the statements run are counted, when a test asks.</summary>
    public ReadWork? Work { get; set; }

    /// <summary>
    /// A prepared statement for this text, its parameters cleared and bound anew. The session owns
    /// it: callers read it to the end and never dispose it.
    /// </summary>
    public SqliteCommand Prepare(string sql, SqlParameters? parameters = null)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count >= MaxStatements)
            {
                foreach (var stale in _statements.Values)
                {
                    stale.Dispose();
                }

                _statements.Clear();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            // Without an explicit Prepare, Microsoft.Data.Sqlite compiles the text again at every execution.
            command.Prepare();
            _statements[sql] = command;
        }

        Work?.Ran(sql);
        command.Transaction = Transaction;
        command.Parameters.Clear();
        parameters?.ApplyTo(command);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _statements.Values)
        {
            await command.DisposeAsync();
        }

        _statements.Clear();
        await Connection.DisposeAsync();
    }
}
