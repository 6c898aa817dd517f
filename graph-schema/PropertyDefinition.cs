using System.Globalization;

namespace MineralGraph.GraphSchema;

/// <summary>
/// A property of a label or relationship type. <see cref="Minimum"/> and <see cref="Maximum"/>
/// bound an int or float property, inclusive; either may be absent. <see cref="Indexed"/> is
/// false for free text nobody filters or sorts by (a summary, a URL), which the stores then do
/// not index: such an index would only slow every load. <see cref="Searchable"/> marks an
/// identifier (a code, symbol, ticker, ISO code) that search matches as it matches names.
/// </summary>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    bool Required,
    IReadOnlyList<string> AllowedValues,
    string Description,
    double? Minimum = null,
    double? Maximum = null,
    bool Indexed = true,
    bool Searchable = false)
{
    public bool IsList => Type == PropertyType.StringList;

    /// <summary>Whether a store keeps an index on it: lists are matched by scanning, and unindexed text is only read.</summary>
    public bool IsIndexed => Indexed && !IsList;

    public bool HasRange => Minimum is not null || Maximum is not null;

    /// <summary>The range in words, to finish "must be …": "from -90 to 90", "0 or more", "100 or less"; null when unbounded.</summary>
    public string? RangeText => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => $"from {Format(min)} to {Format(max)}",
        ({ } min, null) => $"{Format(min)} or more",
        (null, { } max) => $"{Format(max)} or less",
        _ => null,
    };

    public bool Allows(double value) =>
        (Minimum is not { } min || value >= min) && (Maximum is not { } max || value <= max);

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
