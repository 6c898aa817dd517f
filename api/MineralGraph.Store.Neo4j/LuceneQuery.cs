using System.Text;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Builds the full-text query for search text. Only letters and digits of the input reach
/// Lucene, so no character of it can be query syntax (quotes, operators, wildcards, fields); and
/// every term is required (<c>+</c>), as every word must match in the SQLite store.
/// </summary>
internal static class LuceneQuery
{
    /// <summary>
    /// Lucene's English stop words. An analyzer that drops them at index time would make a
    /// required term for one match nothing, so they are left to the ranking, which compares
    /// the whole text; unless the text has nothing else.
    /// </summary>
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    /// <returns>The query, or an empty string when the text has no letter or digit.</returns>
    public static string Build(string text)
    {
        var withoutStopWords = Build(text, skipStopWords: true);
        return withoutStopWords.Length > 0 ? withoutStopWords : Build(text, skipStopWords: false);
    }

    private static string Build(string text, bool skipStopWords)
    {
        var query = new StringBuilder();
        var word = new StringBuilder();
        foreach (var character in Fold(text))
        {
            if (IsIdeograph(character))
            {
                // The standard analyzers index each ideograph as a token of its own.
                Flush(query, word, skipStopWords);
                query.Append(query.Length == 0 ? "+" : " +").Append(character);
            }
            else if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else
            {
                Flush(query, word, skipStopWords);
            }
        }

        Flush(query, word, skipStopWords);
        return query.ToString();
    }

    /// <summary>A word becomes a required prefix term; lowercase, so AND, OR and NOT stay words.</summary>
    private static void Flush(StringBuilder query, StringBuilder word, bool skipStopWords)
    {
        if (word.Length > 0 && !(skipStopWords && StopWords.Contains(word.ToString())))
        {
            query.Append(query.Length == 0 ? "+" : " +").Append(word).Append('*');
        }

        word.Clear();
    }

    /// <summary>
    /// Lowercase without diacritics, as the index's standard-folding analyzer stores terms. A
    /// table rather than Unicode decomposition, which invariant globalization does not provide.
    /// </summary>
    private static IEnumerable<char> Fold(string text) =>
        text.Select(c =>
        {
            var lower = char.ToLowerInvariant(c);
            var accented = Accented.IndexOf(lower, StringComparison.Ordinal);
            return accented >= 0 ? Unaccented[accented] : lower;
        });

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";

    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";

    private static bool IsIdeograph(char character) =>
        character is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3040' and <= '\u30FF');
}
