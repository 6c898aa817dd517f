using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

/// <summary>Collects the parameters of one statement: every request value reaches SQLite as a parameter, never as SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> _parameters = [];

    public string Add(object? value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, ToSqlValue(value)));
        return name;
    }

    /// <summary>A list as one JSON-array parameter, read back with <c>json_each</c>: one statement shape whatever the list's length.</summary>
    public string AddList<T>(IEnumerable<T> values) =>
        Add(JsonSerializer.Serialize(values.Select(v => v is null ? null : ToSqlValue(v))));

    /// <summary>The value as SQLite stores it: dates as ISO text, booleans as 0 and 1, integers as 64-bit.</summary>
    private static object? ToSqlValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        int number => (long)number,
        _ => value,
    };

    /// <summary>Adds the parameters collected so far; several statements of one call may share them.</summary>
    public void ApplyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
