using System.Globalization;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>Collects the values of a statement; every value reaches Cypher as a parameter, never as text.</summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <returns>The parameter reference to write into the statement, e.g. <c>$p0</c>.</returns>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values[name] = value;
        return "$" + name;
    }

    /// <summary>A parameter with a name that says what it holds, for the fixed parts of a statement.</summary>
    public string Add(string name, object? value)
    {
        _values.Add(name, value);
        return "$" + name;
    }
}
