using MineralGraph.Seed.Format;
using nietras.SeparatedValues;

namespace MineralGraph.Seed.Generation;

/// <summary>
/// One row being written, with cells set by property name; columns left unset stay empty
/// (property absent). Disposing the row writes it.
/// </summary>
internal readonly ref struct TableRow
{
    private readonly SepWriter.Row _row;
    private readonly Dictionary<string, int> _columns;

    public TableRow(SepWriter.Row row, Dictionary<string, int> columns)
    {
        _row = row;
        _columns = columns;

        // Sep insists on every header column being set, whatever ColNotSetOption says once a header is written.
        for (var i = 0; i < columns.Count; i++)
        {
            row[i].Set(ReadOnlySpan<char>.Empty);
        }
    }

    public TableRow Set(string column, string value)
    {
        _row[_columns[column]].Set(value);
        return this;
    }

    public TableRow Set<T>(string column, T value)
        where T : ISpanFormattable
    {
        _row[_columns[column]].Format(value);
        return this;
    }

    public TableRow Set(string column, DateOnly value)
    {
        _row[_columns[column]].Format(value, ImportTypes.DateFormat);
        return this;
    }

    public TableRow Set(string column, bool value)
    {
        _row[_columns[column]].Set(value ? "true" : "false");
        return this;
    }

    /// <summary>Rounded so files stay readable; the loader reads any decimal.</summary>
    public TableRow Set(string column, double value, int decimals)
    {
        _row[_columns[column]].Format(Math.Round(value, decimals), "0.######");
        return this;
    }

    public TableRow SetList(string column, ReadOnlySpan<string> values)
    {
        _row[_columns[column]].Set(string.Join(ImportTypes.ArrayDelimiter, values));
        return this;
    }

    public void Dispose() => _row.Dispose();
}
