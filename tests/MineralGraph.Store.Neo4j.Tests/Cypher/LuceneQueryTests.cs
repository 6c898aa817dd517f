namespace MineralGraph.Store.Neo4j.Tests.Cypher;

/// <summary>Search text becomes one Lucene query per word, of letters and digits only: no character of it is Lucene syntax.</summary>
public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("Mountain Pass", new[] { "mountain", "pass*" })]
    [InlineData("\"Lynas\" OR title:x*", new[] { "lynas", "title", "x*" })]
    [InlineData("NdFeB-magnet (sintered)~2^3", new[] { "ndfeb", "magnet", "sintered", "2", "3*" })]
    [InlineData("Bastnäsite", new[] { "bastnasite*" })]
    [InlineData("Bastna\u0308site", new[] { "bastnasite*" })]
    [InlineData("America's supply chains", new[] { "america*", "supply", "chains*" })]
    [InlineData("U.S. Geological Survey", new[] { "u*", "s", "geological", "survey*" })]
    [InlineData("Ministry of Commerce", new[] { "ministry", "commerce*" })]
    [InlineData("EO 14017", new[] { "eo", "14017*" })]
    [InlineData("中国稀土", new[] { "+中 +国 +稀 +土" })]
    [InlineData("China 中国", new[] { "china", "+中 +国" })]
    [InlineData("AND NOT", new string[0])]
    [InlineData("  \\ && || ! ", new string[0])]
    public void Words_TurnTextIntoOneQueryPerWord_TheLastAPrefix(string text, string[] expected)
    {
        Assert.Equal(expected, LuceneQuery.Words(text));
    }
}
