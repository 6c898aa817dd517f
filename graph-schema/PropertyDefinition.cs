using System.Globalization;

namespace MineralGraph.GraphSchema;

/// <summary>
/// A property of a label or relationship type. <see cref="Minimum"/> and <see cref="Maximum"/>
/// bound an int or float property, inclusive; either may be absent.
/// </summary>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    bool Required,
    IReadOnlyList<string> AllowedValues,
    string Description,
    double? Minimum = null,
    double? Maximum = null)
{
    public bool IsList => Type == PropertyType.StringList;

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
