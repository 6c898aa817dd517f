using System.Globalization;
using System.Text;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Builds the full-text queries for search text, one per word, so a node's rank can count the
/// words it matches, as in the SQLite store. Only letters and digits of the input reach Lucene,
/// so no character of it can be query syntax (quotes, operators, wildcards, fields). The last
/// word is a prefix (type-ahead), the others whole words; a word the index keeps whole with the
/// next ("america's", "u.s") is a prefix too, and the ending after an apostrophe is left out.
/// </summary>
internal static class LuceneQuery
{
    /// <summary>
    /// Lucene's English stop words, which the index's analyzer leaves out: as words of the text
    /// they could match nothing, so they are not searched.
    /// </summary>
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";

    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";

    /// <returns>One query per word, in the order of the text; none when the text has no word to search.</returns>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<Word>();
        var word = new StringBuilder();
        var ideographs = new StringBuilder();
        var folded = text.Select(Fold).ToArray();
        var afterApostrophe = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var character = folded[i];
            if (IsIdeograph(character))
            {
                Flush(words, word, glued: false, ref afterApostrophe);
                ideographs.Append(character);
                continue;
            }

            FlushIdeographs(words, ideographs);
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length == 0 || CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                // A decomposed diacritic belongs to its letter, and folding drops it.
                var glue = character is '\'' or '\u2019' or '.' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) && word.Length > 0;
                Flush(words, word, glued: glue, ref afterApostrophe);
                afterApostrophe = glue && character != '.';
            }
        }

        Flush(words, word, glued: false, ref afterApostrophe);
        FlushIdeographs(words, ideographs);
        if (words.Count == 0)
        {
            return [];
        }

        words[^1] = words[^1] with { Prefix = true };
        return [.. words.Select(w => w.Ideographs ? string.Join(' ', w.Text.Select(c => "+" + c)) : w.Prefix ? w.Text + "*" : w.Text)];
    }

    private static void Flush(List<Word> words, StringBuilder word, bool glued, ref bool afterApostrophe)
    {
        var text = word.ToString();
        word.Clear();
        var ending = afterApostrophe && text.Length <= 2;
        afterApostrophe = false;
        if (text.Length > 0 && !ending && !StopWords.Contains(text))
        {
            words.Add(new Word(text, glued, Ideographs: false));
        }
    }

    /// <summary>The standard analyzers index each ideograph as a token of its own: a run of them is one word whose every character must match.</summary>
    private static void FlushIdeographs(List<Word> words, StringBuilder ideographs)
    {
        if (ideographs.Length > 0)
        {
            words.Add(new Word(ideographs.ToString(), Prefix: false, Ideographs: true));
            ideographs.Clear();
        }
    }

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

    private sealed record Word(string Text, bool Prefix, bool Ideographs);
}
