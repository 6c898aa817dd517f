using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// One prepared INSERT run straight on the connection's SQLite handle, for the rows of a bulk
/// import: values are bound by position, text as the UTF-16 the strings already hold (SQLite
/// converts it natively) or as UTF-8 already encoded (<see cref="EncodedProperties"/>), so a row
/// costs neither ADO.NET's per-execution work (parameter lookup by name, a task) nor a string per
/// JSON document. It runs in the caller's transaction, which owns the connection meanwhile.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private const int SqliteOk = 0;
    private const int SqliteDone = 101;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public BulkInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds text to the parameter at <paramref name="index"/> (from 1).</summary>
    public void Text(int index, string value) => Check(raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    /// <summary>Binds UTF-8 text (SQLite copies it) to the parameter at <paramref name="index"/>.</summary>
    public void Utf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Inserts the bound row and makes the statement ready for the next.</summary>
    public void Step()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != SqliteDone)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != SqliteOk)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
