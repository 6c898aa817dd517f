using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MineralGraph.Seed.Format;

/// <summary>
/// The properties of one CSV row: the names are shared by every row of the file and the values
/// sit in one array, null meaning absent. A row costs two small allocations instead of a hash
/// table, which matters at a million rows; rows have few properties, so lookups scan.
/// </summary>
internal sealed class RowProperties : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _names;
    private readonly object?[] _values;

    public RowProperties(string[] names, object?[] values)
    {
        _names = names;
        _values = values;
        foreach (var value in values)
        {
            if (value is not null)
            {
                Count++;
            }
        }
    }

    public int Count { get; }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is not null)
                {
                    yield return _names[i];
                }
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            foreach (var value in _values)
            {
                if (value is not null)
                {
                    yield return value;
                }
            }
        }
    }

    public object? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The row has no property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not null)
            {
                yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_values[i] is not null && string.Equals(_names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
