namespace MineralGraph.Store.Neo4j.Tests.Cypher;

/// <summary>Search text becomes prefix terms of letters and digits only, every word required: no character of it is Lucene syntax.</summary>
public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("Mountain Pass", "+mountain* +pass*")]
    [InlineData("\"Lynas\" OR title:x*", "+lynas* +title* x*")]
    [InlineData("NdFeB-magnet (sintered)~2^3", "+ndfeb* magnet* +sintered* 2* 3*")]
    [InlineData("Bastnäsite", "+bastnasite*")]
    [InlineData("Bastna\u0308site", "+bastnasite*")]
    [InlineData("America's", "+america* s*")]
    [InlineData("AND NOT", "+and* +not*")]
    [InlineData("Ministry of Commerce", "+ministry* +commerce*")]
    [InlineData("中国稀土", "+中 +国 +稀 +土")]
    [InlineData("  \\ && || ! ", "")]
    public void Build_TurnsTextIntoRequiredTerms(string text, string expected)
    {
        Assert.Equal(expected, LuceneQuery.Build(text));
    }
}
