using System.Globalization;
using System.Text;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Builds the full-text query for search text. Only letters and digits of the input reach
/// Lucene, so no character of it can be query syntax (quotes, operators, wildcards, fields); and
/// every term is required (<c>+</c>), as every word must match in the SQLite store.
/// </summary>
internal static class LuceneQuery
{
    /// <returns>The query, or an empty string when the text has no letter or digit.</returns>
    public static string Build(string text)
    {
        var query = new StringBuilder();
        var word = new StringBuilder();
        foreach (var character in Fold(text))
        {
            if (IsIdeograph(character))
            {
                // The standard analyzers index each ideograph as a token of its own.
                Flush(query, word);
                query.Append(query.Length == 0 ? "+" : " +").Append(character);
            }
            else if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else
            {
                Flush(query, word);
            }
        }

        Flush(query, word);
        return query.ToString();
    }

    /// <summary>A word becomes a required prefix term; lowercase, so AND, OR and NOT stay words.</summary>
    private static void Flush(StringBuilder query, StringBuilder word)
    {
        if (word.Length > 0)
        {
            query.Append(query.Length == 0 ? "+" : " +").Append(word).Append('*');
            word.Clear();
        }
    }

    /// <summary>Lowercase without diacritics, as the index's standard-folding analyzer stores terms.</summary>
    private static IEnumerable<char> Fold(string text) =>
        text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant);

    private static bool IsIdeograph(char character) =>
        character is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3040' and <= '\u30FF');
}
