using System.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Keyset bounds and order for a page sorted by a sort value, then its tiebreak: the node id for
/// node pages; the other node's id, then the relationship key, for relationship pages. Neo4j
/// sorts null after every value ascending (and so before every value descending); the bounds
/// treat null the same way, so a cursor on a null sort value continues exactly where the last
/// page stopped.
/// </summary>
internal static class KeysetCypher
{
    /// <summary>The tiebreak of node pages: the node's id.</summary>
    public static IReadOnlyList<string> NodeTiebreak(string node) => [node + ".id"];

    /// <summary>The tiebreak of relationship pages: the other node's id, then the relationship's key.</summary>
    public static IReadOnlyList<string> RelationshipTiebreak(string other, string relationship) => [other + ".id", relationship + ".`key`"];

    /// <summary>Predicates for rows strictly after <c>After</c> and strictly before <c>Before</c>, or none.</summary>
    public static IEnumerable<string> Bounds(string sortValue, IReadOnlyList<string> tiebreak, SortOrder sort, PageRequest page, CypherParameters parameters)
    {
        if (page.After is { } after)
        {
            yield return Compare(sortValue, tiebreak, after, greater: !sort.Descending, parameters);
        }

        if (page.Before is { } before)
        {
            yield return Compare(sortValue, tiebreak, before, greater: sort.Descending, parameters);
        }
    }

    /// <summary><c>ORDER BY … LIMIT …</c>: reversed for a backward page, one row more than the page to learn whether more follow.</summary>
    public static string OrderAndLimit(string sortValue, IReadOnlyList<string> tiebreak, SortOrder sort, PageRequest page, CypherParameters parameters)
    {
        var direction = sort.Descending ^ page.IsBackward ? " DESC" : " ASC";
        var order = new StringBuilder("ORDER BY ").Append(sortValue).Append(direction);
        foreach (var tie in tiebreak)
        {
            order.Append(", ").Append(tie).Append(direction);
        }

        return order.Append(" LIMIT ").Append(parameters.Add("limit", (long)page.Size + 1)).ToString();
    }

    /// <summary>Rows above (or below) the cursor in ascending (value, tiebreak) order, null being the largest value.</summary>
    private static string Compare(string sortValue, IReadOnlyList<string> tiebreak, Cursor cursor, bool greater, CypherParameters parameters)
    {
        // A relationship cursor holds the other node's id and the key; a node cursor the node's id alone.
        IReadOnlyList<string> values = tiebreak.Count == 2 ? [parameters.Add(cursor.OtherId ?? ""), parameters.Add(cursor.Key)] : [parameters.Add(cursor.Key)];
        var ties = Lexicographic(tiebreak, values, greater ? ">" : "<", 0);
        if (cursor.SortValue is null)
        {
            return greater
                ? $"({sortValue} IS NULL AND {ties})"
                : $"({sortValue} IS NOT NULL OR {ties})";
        }

        var cursorValue = parameters.Add(cursor.SortValue);
        return greater
            ? $"({sortValue} > {cursorValue} OR {sortValue} IS NULL OR ({sortValue} = {cursorValue} AND {ties}))"
            : $"({sortValue} < {cursorValue} OR ({sortValue} = {cursorValue} AND {ties}))";
    }

    /// <summary>(a, b) &gt; (x, y) spelled out: a &gt; x OR (a = x AND b &gt; y).</summary>
    private static string Lexicographic(IReadOnlyList<string> expressions, IReadOnlyList<string> values, string comparison, int from) =>
        from == expressions.Count - 1
            ? $"{expressions[from]} {comparison} {values[from]}"
            : $"({expressions[from]} {comparison} {values[from]} OR ({expressions[from]} = {values[from]} AND {Lexicographic(expressions, values, comparison, from + 1)}))";
}
