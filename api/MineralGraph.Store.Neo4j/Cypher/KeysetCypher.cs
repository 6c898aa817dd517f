using System.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Keyset bounds and order for a page sorted by (sort value, key). Neo4j sorts null after every
/// value ascending (and so before every value descending); the bounds treat null the same way,
/// so a cursor on a null sort value continues exactly where the last page stopped.
/// </summary>
internal static class KeysetCypher
{
    /// <summary>Predicates for rows strictly after <c>After</c> and strictly before <c>Before</c>, or none.</summary>
    public static IEnumerable<string> Bounds(string sortValue, string key, SortOrder sort, PageRequest page, CypherParameters parameters)
    {
        if (page.After is { } after)
        {
            yield return Compare(sortValue, key, after, greater: !sort.Descending, parameters);
        }

        if (page.Before is { } before)
        {
            yield return Compare(sortValue, key, before, greater: sort.Descending, parameters);
        }
    }

    /// <summary><c>ORDER BY … LIMIT …</c>: reversed for a backward page, one row more than the page to learn whether more follow.</summary>
    public static string OrderAndLimit(string sortValue, string key, SortOrder sort, PageRequest page, CypherParameters parameters)
    {
        var direction = sort.Descending ^ page.IsBackward ? " DESC" : " ASC";
        return new StringBuilder("ORDER BY ").Append(sortValue).Append(direction).Append(", ").Append(key).Append(direction)
            .Append(" LIMIT ").Append(parameters.Add("limit", (long)page.Size + 1)).ToString();
    }

    /// <summary>Rows above (or below) the cursor in ascending (value, key) order, null being the largest value.</summary>
    private static string Compare(string sortValue, string key, Cursor cursor, bool greater, CypherParameters parameters)
    {
        var cursorKey = parameters.Add(cursor.Key);
        if (cursor.SortValue is null)
        {
            return greater
                ? $"({sortValue} IS NULL AND {key} > {cursorKey})"
                : $"({sortValue} IS NOT NULL OR {key} < {cursorKey})";
        }

        var cursorValue = parameters.Add(cursor.SortValue);
        return greater
            ? $"({sortValue} > {cursorValue} OR {sortValue} IS NULL OR ({sortValue} = {cursorValue} AND {key} > {cursorKey}))"
            : $"({sortValue} < {cursorValue} OR ({sortValue} = {cursorValue} AND {key} < {cursorKey}))";
    }
}
