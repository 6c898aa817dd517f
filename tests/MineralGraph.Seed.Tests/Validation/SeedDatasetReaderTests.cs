using MineralGraph.Store;

namespace MineralGraph.Seed.Tests.Validation;

public sealed class SeedDatasetReaderTests
{
    [Fact]
    public async Task Read_MinimalFixture_IsValidWithCountsPerLabelAndType()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(15, result.Dataset.Nodes.Count);
        Assert.Equal(12, result.Dataset.Relationships.Count);
        Assert.Equal(3, result.NodesByLabel["Company"]);
        Assert.Equal(2, result.RelationshipsByType["PRODUCES_SHARE"]);
    }

    [Fact]
    public async Task Read_TypedColumns_GiveTheValueTypesOfTheStorePort()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var neodymium = Node(result.Dataset, "element:nd");
        Assert.Equal(60L, neodymium["atomicNumber"]);
        Assert.Equal(true, neodymium["isRareEarth"]);
        Assert.Equal("LREE", neodymium["category"]);
        Assert.Equal(35.4783, Node(result.Dataset, "mine:mountain-pass")["latitude"]);
        Assert.Equal(new DateOnly(2025, 1, 31), Node(result.Dataset, "source:usgs-mcs-2025")["published"]);
    }

    [Fact]
    public async Task Read_ArrayCells_SplitOnSemicolonsIntoStringLists()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var aliases = Assert.IsAssignableFrom<IReadOnlyList<string>>(Node(result.Dataset, "company:creg")["aliases"]);
        Assert.Equal(["中国稀土集团", "CREG"], aliases);
        Assert.Equal(["source:usgs-mcs-2025"], Assert.IsAssignableFrom<IReadOnlyList<string>>(Node(result.Dataset, "company:creg")["sources"]));
    }

    [Fact]
    public async Task Read_QuotedCells_KeepCommasAndDoubledQuotes()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        Assert.Equal("Acme \"Rare\" Earths, Inc.", Node(result.Dataset, "company:acme").Name);
        Assert.Equal("(Ce,La)CO3F", Node(result.Dataset, "mineral:bastnaesite")["formula"]);
    }

    [Fact]
    public async Task Read_QuotedCellSpanningLines_KeepsTheLineBreakAndLaterLineNumbers()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("nodes/Company.csv", "company:two-lines,Company,\"Two\nLines Ltd\",,source:usgs-mcs-2025,private,,,")
            .AppendLine("nodes/Company.csv", "company:bad-kind,Company,Bad Kind,,source:usgs-mcs-2025,public,,,");

        var result = await folder.ReadAsync();

        Assert.Equal("Two\nLines Ltd", Node(result.Dataset, "company:two-lines").Name);
        ProblemAssert.Single(result, "nodes/Company.csv", 7, "kind", "'public'");
    }

    [Fact]
    public async Task Read_ColumnsNotInTheModel_AreKeptAndTypedByTheirHeader()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var mp = Node(result.Dataset, "company:mp-materials");
        Assert.Equal("https://mpmaterials.com", mp["website"]);
        Assert.Equal(2017L, mp["founded"]);
    }

    [Fact]
    public async Task Read_EmptyOptionalCells_LeaveThePropertyAbsent()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var bayanObo = Node(result.Dataset, "mine:bayan-obo");
        Assert.False(bayanObo.Properties.ContainsKey("oreType"));
        var acme = Node(result.Dataset, "company:acme");
        Assert.False(acme.Properties.ContainsKey("ticker"));
        Assert.False(acme.Properties.ContainsKey("aliases"));
        Assert.False(acme.Properties.ContainsKey("founded"));
    }

    [Fact]
    public async Task Read_RowProperties_HoldExactlyThePresentValues()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var acme = Node(result.Dataset, "company:acme");
        Assert.Equal(["name", "sources", "kind"], acme.Properties.Keys);
        Assert.Equal(3, acme.Properties.Count);
        Assert.Equal(["name", "sources", "kind"], acme.Properties.Select(p => p.Key));
        Assert.Equal("private", acme["kind"]);
        Assert.Null(acme["ticker"]);
        Assert.Throws<KeyNotFoundException>(() => acme.Properties["ticker"]);
    }

    [Fact]
    public async Task Read_SamePairLinkedTwice_NumbersTheSecondKey()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var keys = result.Dataset.Relationships.Where(r => r.Type == "PRODUCES_SHARE").Select(r => r.Key);
        Assert.Equal(["country:cn|PRODUCES_SHARE|element:nd", "country:cn|PRODUCES_SHARE|element:nd|2"], keys);
    }

    [Fact]
    public async Task Read_KeyColumn_OverridesTheDerivedKeyAndIsNotAProperty()
    {
        using var folder = SeedFolder.FromFixture();

        var result = await folder.ReadAsync();

        var restriction = Assert.Single(result.Dataset.Relationships, r => r.Type == "RESTRICTS");
        Assert.Equal("mofcom-2025-18/dy", restriction.Key);
        Assert.False(restriction.Properties.ContainsKey("key"));
        Assert.Equal(new DateOnly(2025, 4, 4), restriction["effective"]);
    }

    [Fact]
    public async Task Read_SourceCitingALaterSource_IsValid()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Source.csv", "MCS 2025,,", "MCS 2025,source:mofcom-2025-18,");

        var result = await folder.ReadAsync();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public async Task Read_FileWithByteOrderMarkAndCrlfLineEnds_ReadsLikeAPlainFile()
    {
        using var folder = SeedFolder.FromFixture();
        var path = Path.Combine(folder.Path, "nodes", "Technology.csv");
        File.WriteAllText(path, "id:ID,:LABEL,name\r\ntechnology:solvent-extraction,Technology,solvent-extraction separation\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = await folder.ReadAsync();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("solvent-extraction separation", Node(result.Dataset, "technology:solvent-extraction").Name);
    }

    [Fact]
    public async Task Read_MissingFolder_ThrowsDirectoryNotFoundNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mineralgraph-no-such-seed-folder");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new Seed.Validation.SeedDatasetReader().ReadAsync(missing, CancellationToken.None));

        Assert.Contains(missing, error.Message);
    }

    private static NodeRecord Node(GraphDataset dataset, string id) => Assert.Single(dataset.Nodes, n => n.Id == id);
}
