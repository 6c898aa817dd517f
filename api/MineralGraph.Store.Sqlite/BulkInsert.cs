using System.Buffers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// One prepared INSERT run straight on the connection's SQLite handle, for the rows of a bulk
/// import: values are bound by position, text as the UTF-16 the strings already hold (SQLite
/// converts it natively) and properties as UTF-8 JSON written into one reused buffer, so a row
/// costs neither ADO.NET's per-execution work (parameter lookup by name, a task) nor a string per
/// JSON document. It runs in the caller's transaction, which owns the connection meanwhile.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private const int SqliteOk = 0;
    private const int SqliteDone = 101;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly ArrayBufferWriter<byte> _json = new(1024);
    private readonly Utf8JsonWriter _writer;

    public BulkInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _writer = new Utf8JsonWriter(_json, PropertyCodec.WriterOptions);
    }

    /// <summary>Binds text to the parameter at <paramref name="index"/> (from 1).</summary>
    public void Text(int index, string value) => Check(raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    /// <summary>Binds the properties as one JSON object, leaving out <paramref name="skip"/>.</summary>
    public void Json(int index, IReadOnlyDictionary<string, object?> properties, string? skip = null)
    {
        _json.ResetWrittenCount();
        _writer.Reset();
        PropertyCodec.Write(_writer, properties, skip);
        _writer.Flush();
        Check(raw.sqlite3_bind_text(_statement, index, _json.WrittenSpan));
    }

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

    public void Dispose()
    {
        _writer.Dispose();
        _statement.Dispose();
    }

    private void Check(int result)
    {
        if (result != SqliteOk)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
