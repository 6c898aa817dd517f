using System.Text;

namespace MineralGraph.Api.GraphQL.Types;

/// <summary>Spelling conversions between the graph model's names and GraphQL's conventions.</summary>
public static class NameCase
{
    /// <summary><c>sharePct</c> → <c>SHARE_PCT</c>, for enum values.</summary>
    public static string ToConstant(string camel)
    {
        var constant = new StringBuilder(camel.Length + 4);
        foreach (var character in camel)
        {
            if (char.IsUpper(character) && constant.Length > 0)
            {
                constant.Append('_');
            }

            constant.Append(char.ToUpperInvariant(character));
        }

        return constant.ToString();
    }

    /// <summary><c>PRODUCES_SHARE</c> → <c>ProducesShare</c>, <c>ownedBy</c> → <c>OwnedBy</c>, for type names.</summary>
    public static string ToPascal(string name)
    {
        var pascal = new StringBuilder(name.Length);
        var upperNext = true;
        var allCaps = name.All(c => !char.IsLower(c));
        foreach (var character in name)
        {
            if (character == '_')
            {
                upperNext = true;
                continue;
            }

            pascal.Append(upperNext ? char.ToUpperInvariant(character) : allCaps ? char.ToLowerInvariant(character) : character);
            upperNext = false;
        }

        return pascal.ToString();
    }
}
