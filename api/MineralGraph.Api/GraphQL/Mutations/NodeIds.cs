using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MineralGraph.Api.GraphQL.Mutations;

/// <summary>
/// Node ids as the seed writes them: <c>&lt;label in lower case&gt;:&lt;slug&gt;</c>, e.g.
/// <c>company:mp-materials</c>. Ids never contain <c>|</c>, which separates the parts of a
/// relationship key.
/// </summary>
internal static partial class NodeIds
{
    private const int MaxSlugLength = 60;

    // Latin letters with diacritics and their base letters: a table, since invariant
    // globalization offers no Unicode decomposition.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Unaccented = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijkllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>How many numbered ids (<c>-2</c>, <c>-3</c>…) are tried before a random suffix.</summary>
    private const int NumberedCandidates = 20;

    public static string Prefix(string label) => label.ToLowerInvariant() + ":";

    public static bool IsWellFormed(string id, string label) =>
        id.StartsWith(Prefix(label), StringComparison.Ordinal) && Slug().IsMatch(id.AsSpan(Prefix(label).Length));

    /// <summary>
    /// The ids to try for a new node, best first: the slug of its name (or, for a name in another
    /// script, of its first alias that has one; with neither, a random one), then the same with
    /// -2, -3…
    /// </summary>
    public static IReadOnlyList<string> Candidates(string label, string name, IEnumerable<string> aliases)
    {
        var slug = aliases.Prepend(name).Select(ToSlug).FirstOrDefault(s => s.Length > 0) ?? RandomSlug();
        var prefix = Prefix(label) + slug;
        return [prefix, .. Enumerable.Range(2, NumberedCandidates - 1).Select(n => $"{prefix}-{n}")];
    }

    /// <summary>An id no one is likely to have taken, for when every numbered candidate is.</summary>
    public static string WithRandomSuffix(string candidate) => $"{candidate}-{RandomSlug()}";

    /// <summary><c>Mount Weld (Lynas)</c> → <c>mount-weld-lynas</c>; <c>Bastnäsite</c> → <c>bastnasite</c>.</summary>
    public static string ToSlug(string text)
    {
        var slug = new StringBuilder(Math.Min(text.Length, MaxSlugLength));
        var pendingDash = false;
        foreach (var character in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(char.ToLowerInvariant(character));
            if (folded.Length > 0)
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(folded);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>The ASCII letters or digits a lower-case character stands for; empty for anything else.</summary>
    private static string Fold(char character) => character switch
    {
        _ when char.IsAsciiLetterOrDigit(character) => character.ToString(),
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => Accented.IndexOf(character, StringComparison.Ordinal) is >= 0 and var index ? Unaccented[index].ToString() : "",
    };

    private static string RandomSlug() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 4));

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")]
    private static partial Regex Slug();
}
