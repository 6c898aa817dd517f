using System.Globalization;

namespace MineralGraph.Store.Sqlite.Adjacency;

/// <summary>
/// A property value as SQLite orders it: numbers (integers, reals and booleans, compared as
/// numbers) before text (compared byte by byte), and an absent value after both, which puts nulls
/// last ascending and first descending, as <see cref="SqliteSchema.NodeValue"/> does in SQL.
/// </summary>
internal readonly record struct SortKey(SortKeyKind Kind, double Number, string? Text) : IComparable<SortKey>
{
    public static SortKey Absent { get; } = new(SortKeyKind.Absent, 0, null);

    public static SortKey Of(string text) => new(SortKeyKind.Text, 0, text);

    /// <summary>A value as the store decodes it (records and cursors) or as SQLite returns it.</summary>
    public static SortKey Of(object? value) => value switch
    {
        null or DBNull => Absent,
        string text => Of(text),
        long number => new(SortKeyKind.Number, number, null),
        int number => new(SortKeyKind.Number, number, null),
        double number => new(SortKeyKind.Number, number, null),
        bool flag => new(SortKeyKind.Number, flag ? 1 : 0, null),
        DateOnly date => Of(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => Absent,
    };

    public int CompareTo(SortKey other)
    {
        if (Kind != other.Kind)
        {
            return Kind.CompareTo(other.Kind);
        }

        return Kind switch
        {
            SortKeyKind.Number => Number.CompareTo(other.Number),
            SortKeyKind.Text => CompareText(Text!, other.Text!),
            _ => 0,
        };
    }

    /// <summary>
    /// SQLite's BINARY collation compares UTF-8 bytes, which is code point order; UTF-16 code units
    /// order the same except that surrogates (characters above U+FFFF) must sort after U+E000–U+FFFF.
    /// </summary>
    public static int CompareText(string left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var (a, b) = (left[i], right[i]);
            if (a != b)
            {
                return Weight(a).CompareTo(Weight(b));
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}

internal enum SortKeyKind : byte
{
    Number,
    Text,
    Absent,
}
