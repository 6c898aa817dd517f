using System.Globalization;
using System.Text;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Builds the full-text query for search text. Only letters and digits of the input reach
/// Lucene, so no character of it can be query syntax (quotes, operators, wildcards, fields).
/// Every whitespace-separated word must match as a prefix (<c>+word*</c>), as every word must
/// in the SQLite store. Lucene keeps some punctuated words whole ("america's", "u.s"), so the
/// pieces after punctuation inside a word only add to the score.
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

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";

    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";

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
        var required = true;
        foreach (var character in text.Select(Fold))
        {
            if (IsIdeograph(character))
            {
                // The standard analyzers index each ideograph as a token of its own.
                Flush(query, word, required, skipStopWords);
                Append(query, character.ToString(), required: true);
                required = false;
            }
            else if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // A decomposed diacritic belongs to its letter, and folding drops it.
                continue;
            }
            else
            {
                if (Flush(query, word, required, skipStopWords))
                {
                    required = false;
                }

                if (char.IsWhiteSpace(character))
                {
                    required = true;
                }
            }
        }

        Flush(query, word, required, skipStopWords);
        return query.ToString();
    }

    /// <summary>Writes the word as a prefix term; lowercase, so AND, OR and NOT stay words.</summary>
    /// <returns>Whether a term was written.</returns>
    private static bool Flush(StringBuilder query, StringBuilder word, bool required, bool skipStopWords)
    {
        var written = word.Length > 0 && !(skipStopWords && StopWords.Contains(word.ToString()));
        if (written)
        {
            Append(query, word.Append('*').ToString(), required);
        }

        word.Clear();
        return written;
    }

    private static void Append(StringBuilder query, string term, bool required) =>
        query.Append(query.Length == 0 ? "" : " ").Append(required ? "+" : "").Append(term);

    /// <summary>
    /// Lowercase without diacritics, as the index's standard-folding analyzer stores terms. A
    /// table rather than Unicode decomposition, which invariant globalization does not provide.
    /// </summary>
    private static char Fold(char character)
    {
        var lower = char.ToLowerInvariant(character);
        var accented = Accented.IndexOf(lower, StringComparison.Ordinal);
        return accented >= 0 ? Unaccented[accented] : lower;
    }

    private static bool IsIdeograph(char character) =>
        character is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3040' and <= '\u30FF');
}
