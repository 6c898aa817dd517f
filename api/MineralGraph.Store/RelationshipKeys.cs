using System.Globalization;

namespace MineralGraph.Store;

/// <summary>
/// Relationship keys, as the seed derives them and mutations make them: <c>{startId}|{TYPE}|{endId}</c>,
/// then <c>|2</c>, <c>|3</c>… for further relationships of the same type between the same nodes.
/// Node ids never contain <c>|</c>.
/// </summary>
public static class RelationshipKeys
{
    private const char Separator = '|';

    /// <summary>The key of the first relationship of a type from one node to the other.</summary>
    public static string First(string startId, string type, string endId) => string.Join(Separator, startId, type, endId);

    /// <summary>The key of the <paramref name="n"/>-th such relationship (from 1), given the first's key.</summary>
    public static string Nth(string first, int n) =>
        n == 1 ? first : string.Create(CultureInfo.InvariantCulture, $"{first}{Separator}{n}");

    /// <summary>The first key of the series that is not taken.</summary>
    public static string Next(string startId, string type, string endId, IReadOnlySet<string> taken)
    {
        var first = First(startId, type, endId);
        for (var n = 1; ; n++)
        {
            var key = Nth(first, n);
            if (!taken.Contains(key))
            {
                return key;
            }
        }
    }

    /// <summary>The type a key names, or null when the key is not of this form.</summary>
    public static string? TypeOf(string key)
    {
        var parts = key.Split(Separator);
        var wellFormed = parts.Length switch
        {
            3 => true,
            4 => int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2,
            _ => false,
        };
        return wellFormed && parts[0].Length > 0 && parts[2].Length > 0 ? parts[1] : null;
    }
}
