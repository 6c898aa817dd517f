using System.Globalization;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// Relationship keys as the seed loader derives them: <c>{startId}|{TYPE}|{endId}</c>, then
/// <c>|2</c>, <c>|3</c>… for further relationships of the same type between the same nodes.
/// </summary>
internal static class RelationshipKeys
{
    private const char Separator = '|';

    /// <summary>The first key of the series that is not taken.</summary>
    public static string Next(string startId, string type, string endId, IReadOnlySet<string> taken)
    {
        var triple = string.Join(Separator, startId, type, endId);
        if (!taken.Contains(triple))
        {
            return triple;
        }

        for (var n = 2; ; n++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{triple}{Separator}{n}");
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
