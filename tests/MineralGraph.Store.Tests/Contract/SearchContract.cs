namespace MineralGraph.Store.Tests.Contract;

/// <summary>Search over names, aliases and identifiers: any word, the last as a prefix; ranking, labels, limit, diacritics, Chinese and hostile input.</summary>
public abstract class SearchContract(GraphStoreFixture fixture) : GraphStoreContract(fixture)
{
    [Fact]
    public async Task Search_ExactNameThenExactAliasThenPrefix_RanksInThatOrder()
    {
        Assert.Equal(["mine:mountain-pass", "company:mp-materials", "facility:mountain-pass-separation"], await SearchIdsAsync("Mountain Pass"));
    }

    [Fact]
    public async Task Search_InOtherCase_RanksAsTheExactText()
    {
        Assert.Equal(["mine:mountain-pass", "company:mp-materials", "facility:mountain-pass-separation"], await SearchIdsAsync("mOUNTAIN pASS"));
    }

    [Fact]
    public async Task Search_ExactName_RanksBeforeNamesThatStartWithIt()
    {
        var ids = await SearchIdsAsync("China");

        Assert.Equal("country:cn", ids[0]);
        Assert.Equal(["company:china-northern-rare-earth", "company:china-rare-earth-group"], ids[1..].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_InAGraphOfThousandsOfNodes_StillRanksExactNameThenExactAliasThenPrefix()
    {
        var store = await Fixture.CreateStoreAsync();
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.ImportAsync(TestGraph.Dataset, CancellationToken.None);
        var reports = Enumerable.Range(1, 3000).Select(i => TestGraph.Node($"source:report-{i}", "Source", $"Report {i}")).ToList();
        await store.ImportAsync(new GraphDataset(reports, []), CancellationToken.None);

        var hits = await store.SearchAsync(new SearchQuery("Mountain Pass", null, 10), CancellationToken.None);

        Assert.Equal(["mine:mountain-pass", "company:mp-materials", "facility:mountain-pass-separation"], Ids(hits.Select(h => h.Node)));
    }

    [Fact]
    public async Task Search_ExactAlias_RanksBeforeNameThatStartsWithIt()
    {
        Assert.Equal(["company:lynas", "facility:lynas-malaysia"], await SearchIdsAsync("Lynas"));
    }

    [Fact]
    public async Task Search_WholeNameOfOneNode_RanksItBeforeNodesMatchingEveryWord()
    {
        Assert.Equal(["company:china-rare-earth-group", "company:china-northern-rare-earth"], (await SearchIdsAsync("china rare earth group"))[..2]);
    }

    [Fact]
    public async Task Search_AnyWord_MoreWordsMatchedRankHigher()
    {
        var ids = await SearchIdsAsync("Lynas Malaysia");

        Assert.Equal("facility:lynas-malaysia", ids[0]);
        Assert.Equal(["company:lynas", "country:my"], ids[1..].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_LastWordOnly_MatchesAsAPrefix()
    {
        Assert.Contains("element:neodymium", await SearchIdsAsync("magnet neodym"));
        Assert.DoesNotContain("element:neodymium", await SearchIdsAsync("neodym magnet"));
        Assert.Equal(["product:ndfeb-magnet"], await SearchIdsAsync("neodym magnet"));
    }

    [Theory]
    [InlineData("EO 14017", "regulation:eo-14017")]
    [InlineData("eo 14017", "regulation:eo-14017")]
    [InlineData("Executive Order 14017", "regulation:eo-14017")]
    [InlineData("MOFCOM/GAC Announcement No. 18 of 2025", "regulation:mofcom-2025-18")]
    [InlineData("Announcement 23", "regulation:mofcom-2023-23")]
    [InlineData("Dy", "element:dysprosium")]
    [InlineData("ASX:LYC", "company:lynas")]
    [InlineData("LYC", "company:lynas")]
    [InlineData("AUS", "country:au")]
    [InlineData("my", "country:my")]
    public async Task Search_Identifier_FindsItsNodeFirst(string text, string expected)
    {
        Assert.Equal(expected, (await SearchIdsAsync(text))[0]);
    }

    [Fact]
    public async Task Search_WholeIdentifier_RanksWithWholeAliases()
    {
        var hits = await Store.SearchAsync(new SearchQuery("US", null, 10), CancellationToken.None);

        Assert.Equal("country:us", hits[0].Node.Id);
        Assert.InRange(hits[0].Score, 200, 300);
    }

    [Fact]
    public async Task Search_RenamedOrRecodedNode_IsFoundByItsNewIdentifier()
    {
        var store = await LoadedStoreAsync();

        await store.WriteAsync(new GraphWrite([new UpdateNode("regulation:critical-minerals-bill", new Dictionary<string, object?> { ["code"] = "S. 1234" }, [])]), CancellationToken.None);
        var hits = await store.SearchAsync(new SearchQuery("S. 1234", null, 5), CancellationToken.None);

        Assert.Equal("regulation:critical-minerals-bill", hits[0].Node.Id);
    }

    [Fact]
    public async Task Search_WithLabels_ReturnsOnlyNodesOfThoseLabels()
    {
        Assert.Equal(["company:mp-materials", "facility:mountain-pass-separation"], await SearchIdsAsync("Mountain Pass", ["Company", "Facility"]));
    }

    [Fact]
    public async Task Search_WithLimit_ReturnsTheBestHitsOnly()
    {
        Assert.Equal(["mine:mountain-pass"], await SearchIdsAsync("Mountain Pass", limit: 1));
    }

    [Fact]
    public async Task Search_Hits_AreOrderedByDescendingScore()
    {
        var hits = await Store.SearchAsync(new SearchQuery("Mountain Pass", null, 10), CancellationToken.None);

        Assert.Equal(3, hits.Count);
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score);
        Assert.Equal("Mountain Pass", hits[0].Node.Name);
    }

    [Theory]
    [InlineData("bastnasite")]
    [InlineData("BASTNÄSITE")]
    [InlineData("bastn")]
    [InlineData("bastnaesite")]
    [InlineData("Bastna\u0308site")]
    public async Task Search_NameWithDiacritics_FoundWithOrWithoutThem(string text)
    {
        Assert.Equal(["mineral:bastnasite"], await SearchIdsAsync(text));
    }

    [Fact]
    public async Task Search_ChineseAliasPrefix_FindsTheCompany()
    {
        Assert.Equal(["company:china-rare-earth-group"], await SearchIdsAsync("中国稀土"));
        Assert.Equal(["mine:bayan-obo"], await SearchIdsAsync("白云鄂博"));
    }

    [Fact]
    public async Task Search_ChineseExactAlias_RanksBeforeAliasThatStartsWithIt()
    {
        Assert.Equal(["country:cn", "company:china-rare-earth-group"], await SearchIdsAsync("中国"));
    }

    [Theory]
    [InlineData("\"Lynas")]
    [InlineData("\"Lynas\"")]
    [InlineData("Lynas*")]
    [InlineData("(Lynas)")]
    [InlineData("-Lynas")]
    [InlineData("^Lynas")]
    [InlineData("Lynas:")]
    [InlineData("'Lynas' --")]
    public async Task Search_WordWrappedInFtsSyntax_FindsTheWordAsText(string text)
    {
        Assert.Equal(["company:lynas", "facility:lynas-malaysia"], (await SearchIdsAsync(text)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("()")]
    [InlineData(":")]
    [InlineData("-")]
    [InlineData("NEAR(")]
    [InlineData("' -- ;")]
    public async Task Search_EmptyOrSyntaxOnlyText_FindsNothing(string text)
    {
        Assert.Empty(await SearchIdsAsync(text));
    }

    [Theory]
    [InlineData("name:Lynas OR aliases:*", "name Lynas OR aliases")]
    [InlineData("x' OR 1=1 --", "x OR 1 1")]
    public async Task Search_TextLookingLikeQuerySyntax_FindsWhatItsWordsFind(string text, string words)
    {
        Assert.Equal(await SearchIdsAsync(words), await SearchIdsAsync(text));
    }

    [Theory]
    [InlineData("America's supply chains", "regulation:eo-14017")]
    [InlineData("Lynas-Malaysia", "facility:lynas-malaysia")]
    [InlineData("NdPr/oxide", "product:ndpr-oxide")]
    public async Task Search_WordsJoinedByPunctuation_MatchNamesThatSeparateThem(string text, string expected)
    {
        Assert.Equal(expected, (await SearchIdsAsync(text))[0]);
    }

    [Fact]
    public async Task Search_FtsOperatorsAsWords_AreSearchedAsWords()
    {
        Assert.Equal("facility:lynas-malaysia", (await SearchIdsAsync("Lynas NEAR Malaysia"))[0]);
        Assert.Equal("agency:mofcom", (await SearchIdsAsync("Ministry of Commerce"))[0]);
    }

    private async Task<string[]> SearchIdsAsync(string text, IReadOnlyList<string>? labels = null, int limit = 10) =>
        Ids((await Store.SearchAsync(new SearchQuery(text, labels, limit), CancellationToken.None)).Select(h => h.Node));
}
