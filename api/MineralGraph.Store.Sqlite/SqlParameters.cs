using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MineralGraph.Store.Sqlite;

/// <summary>Collects the parameters of one statement: every request value reaches SQLite as a parameter, never as SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> _parameters = [];

    public string Add(object? value)
    {
        var name = "@p" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add((name, PropertyCodec.ToSqlValue(value)));
        return name;
    }

    /// <summary>A list as one JSON-array parameter, read back with <c>json_each</c>: one statement shape whatever the list's length.</summary>
    public string AddList<T>(IEnumerable<T> values) =>
        Add(JsonSerializer.Serialize(values.Select(v => v is null ? null : PropertyCodec.ToSqlValue(v))));

    /// <summary>Adds the parameters collected so far; several statements of one call may share them.</summary>
    public void ApplyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
