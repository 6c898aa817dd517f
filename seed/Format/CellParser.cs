using System.Globalization;
using MineralGraph.GraphSchema;

namespace MineralGraph.Seed.Format;

/// <summary>
/// Turns a non-empty CSV cell into the value type the store port expects: string, long, double,
/// bool, DateOnly or a string list. Errors say what the cell should look like.
/// </summary>
internal static class CellParser
{
    public static bool TryParse(ReadOnlySpan<char> cell, PropertyType type, StringPool pool, out object value, out string? error)
    {
        error = null;
        switch (type)
        {
            case PropertyType.String:
                value = cell.ToString();
                return true;
            case PropertyType.Int when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case PropertyType.Float when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                value = number;
                return true;
            case PropertyType.Boolean when bool.TryParse(cell, out var flag):
                value = flag;
                return true;
            case PropertyType.Date when DateOnly.TryParseExact(cell, ImportTypes.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = date;
                return true;
            case PropertyType.StringList:
                return TrySplit(cell, pool, out value, out error);
            default:
                value = null!;
                error = $"'{cell}' is not {Expected(type)}";
                return false;
        }
    }

    private static string Expected(PropertyType type) => type switch
    {
        PropertyType.Int => "an integer (e.g. 2024)",
        PropertyType.Float => "a number (e.g. 12.5, with a '.' decimal point)",
        PropertyType.Boolean => "a boolean (true or false)",
        PropertyType.Date => "a date in ISO form yyyy-MM-dd (e.g. 2025-10-09)",
        _ => ImportTypes.Describe(type),
    };

    private static bool TrySplit(ReadOnlySpan<char> cell, StringPool pool, out object value, out string? error)
    {
        var items = new string[cell.Count(ImportTypes.ArrayDelimiter) + 1];
        var index = 0;
        foreach (var range in cell.Split(ImportTypes.ArrayDelimiter))
        {
            var item = cell[range];
            if (item.IsEmpty)
            {
                value = null!;
                error = $"'{cell}' has an empty list entry; remove the stray '{ImportTypes.ArrayDelimiter}'";
                return false;
            }

            items[index++] = pool.Get(item);
        }

        value = items;
        error = null;
        return true;
    }
}
