namespace MineralGraph.Seed.Tests.Validation;

public sealed class SeedDatasetReaderProblemTests
{
    [Fact]
    public async Task Read_EndIdThatIsNoNode_ReportsDanglingReferenceAtFileLineAndColumn()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("relationships/LOCATED_IN.csv", "mine:mountain-pass,country:atlantis,LOCATED_IN,source:usgs-mcs-2025,");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/LOCATED_IN.csv", 4, ":END_ID", "no node has id 'country:atlantis'");
    }

    [Fact]
    public async Task Read_StartIdThatIsNoNode_ReportsDanglingReference()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("relationships/EXTRACTS.csv", "mine:nowhere,mineral:bastnaesite,EXTRACTS,source:usgs-mcs-2025");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/EXTRACTS.csv", 4, ":START_ID", "'mine:nowhere'");
    }

    [Fact]
    public async Task Read_IntColumnWithText_ReportsBadType()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Element.csv", "Dy,66,HREE", "Dy,sixty-six,HREE");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Element.csv", 3, "atomicNumber:int", "'sixty-six' is not an integer");
    }

    [Theory]
    [InlineData("2025-04-04", "04/04/2025")]
    [InlineData("2025-04-04", "2025-13-01")]
    public async Task Read_DateColumnWithNonIsoDate_ReportsBadType(string valid, string invalid)
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Source.csv", $",,{valid}", $",,{invalid}");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Source.csv", 3, "published:date", $"'{invalid}' is not a date in ISO form yyyy-MM-dd");
    }

    [Theory]
    [InlineData("41.7833", "41,7833", "\"41,7833\"")]
    [InlineData("41.7833", "north", "north")]
    public async Task Read_FloatColumnWithNonNumber_ReportsBadType(string valid, string shown, string written)
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Mine.csv", valid, written);

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Mine.csv", 3, "latitude:float", $"'{shown}' is not a number");
    }

    [Fact]
    public async Task Read_BooleanColumnWithYes_ReportsBadType()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Element.csv", "other,false", "other,yes");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Element.csv", 4, "isRareEarth:boolean", "true or false");
    }

    [Fact]
    public async Task Read_MissingRequiredColumn_ReportsItOnceAtTheHeader()
    {
        using var folder = SeedFolder.FromFixture()
            .Write("nodes/Element.csv", """
                id:ID,:LABEL,name,symbol
                element:nd,Element,neodymium,Nd
                element:dy,Element,dysprosium,Dy
                """);

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Element.csv", 1, "atomicNumber:int", "required column 'atomicNumber:int' is missing");
    }

    [Fact]
    public async Task Read_MissingIdColumn_ReportsItAndSkipsTheFile()
    {
        using var folder = SeedFolder.FromFixture()
            .Write("nodes/Technology.csv", """
                :LABEL,name
                Technology,solvent extraction
                """);

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Technology.csv", 1, "id:ID", "required column 'id:ID' is missing");
    }

    [Fact]
    public async Task Read_RelationshipFileWithoutEndIdColumn_ReportsTheMissingColumn()
    {
        using var folder = SeedFolder.FromFixture()
            .Write("relationships/TARGETS.csv", """
                :START_ID,:TYPE
                regulation:mofcom-2025-18,TARGETS
                """);

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/TARGETS.csv", 1, ":END_ID", "required column ':END_ID' is missing");
    }

    [Fact]
    public async Task Read_EmptyRequiredValue_ReportsTheRow()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Country.csv", "source:usgs-mcs-2025,US,USA", "source:usgs-mcs-2025,,USA");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Country.csv", 2, "iso2", "'iso2' is required");
    }

    [Fact]
    public async Task Read_EmptyName_ReportsTheRow()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Mine.csv", "Mine,Bayan Obo,", "Mine,,");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Mine.csv", 3, "name", "'name' is required");
    }

    [Fact]
    public async Task Read_NodeFileOfUnknownLabel_IsRefusedNamingTheAllowedLabels()
    {
        using var folder = SeedFolder.FromFixture()
            .Write("nodes/Smelter.csv", "id:ID,:LABEL,name\nsmelter:a,Smelter,A\n");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Smelter.csv", 1, null, "'Smelter' is not a label", "Element, Mineral, Product");
    }

    [Fact]
    public async Task Read_RelationshipFileOfUnknownType_IsRefusedNamingTheAllowedTypes()
    {
        using var folder = SeedFolder.FromFixture()
            .Write("relationships/SMELTS.csv", ":START_ID,:END_ID,:TYPE\n");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/SMELTS.csv", 1, null, "'SMELTS' is not a relationship type", "LOCATED_IN, HEADQUARTERED_IN");
    }

    [Fact]
    public async Task Read_ValueOutsideTheEnum_ListsTheAllowedValues()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Mine.csv", "Mountain Pass,,source:usgs-mcs-2025,producing", "Mountain Pass,,source:usgs-mcs-2025,operating");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Mine.csv", 2, "status", "'operating' is not an allowed status", "producing, development, care-and-maintenance, closed, exploration");
    }

    [Fact]
    public async Task Read_RelationshipValueOutsideTheEnum_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("relationships/PRODUCES_SHARE.csv", "refining,2024", "smelting,2024");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/PRODUCES_SHARE.csv", 3, "stage", "'smelting'", "mining, refining, magnet");
    }

    [Fact]
    public async Task Read_IdUsedTwiceAcrossFiles_PointsAtTheFirstDefinition()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("nodes/Mineral.csv", "mine:mountain-pass,Mineral,Mountain Pass ore,,source:usgs-mcs-2025,");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Mineral.csv", 3, "id:ID", "duplicate id 'mine:mountain-pass'", "nodes/Mine.csv:2");
    }

    [Fact]
    public async Task Read_EndpointOfALabelTheTypeDoesNotAllow_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("relationships/LOCATED_IN.csv", "company:mp-materials,country:us,LOCATED_IN,source:usgs-mcs-2025,");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/LOCATED_IN.csv", 4, ":START_ID", "LOCATED_IN cannot start at Company 'company:mp-materials'", "from Mine/Facility to Country");
    }

    [Fact]
    public async Task Read_LabelCellNotMatchingTheFile_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Mine.csv", "mine:bayan-obo,Mine,", "mine:bayan-obo,Deposit,");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Mine.csv", 3, ":LABEL", "label 'Deposit' does not match the file's label 'Mine'");
    }

    [Fact]
    public async Task Read_TypeCellNotMatchingTheFile_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("relationships/CONTAINS.csv", "element:nd,CONTAINS", "element:nd,HAS");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/CONTAINS.csv", 2, ":TYPE", "type 'HAS' does not match");
    }

    [Fact]
    public async Task Read_SourcesNamingANonSourceNode_AreReported()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Mineral.csv", "bastnaesite,source:usgs-mcs-2025", "bastnaesite,source:usgs-mcs-2025;company:creg")
            .Replace("relationships/CONTAINS.csv", "CONTAINS,source:usgs-mcs-2025", "CONTAINS,source:unknown");

        var result = await folder.ReadAsync();

        Assert.Equal(2, result.Problems.Count);
        ProblemAssert.Contains(result, "nodes/Mineral.csv", 2, "sources:string[]", "source 'company:creg' is a Company, not a Source node");
        ProblemAssert.Contains(result, "relationships/CONTAINS.csv", 2, "sources:string[]", "source 'source:unknown' is not a Source node");
    }

    [Fact]
    public async Task Read_HeaderTypeIncompatibleWithTheModel_SaysWhichHeaderToWrite()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("relationships/PRODUCES_SHARE.csv", "year:int", "year");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/PRODUCES_SHARE.csv", 1, "year", "'year' is int in the graph model but string in the header; write 'year:int'");
    }

    [Fact]
    public async Task Read_UnsupportedHeaderType_ListsTheSupportedTypes()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Company.csv", "founded:int", "founded:localdatetime");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Company.csv", 1, "founded:localdatetime", "type 'localdatetime' is not supported", "string[]");
    }

    [Fact]
    public async Task Read_RowWithTooFewCells_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("nodes/Element.csv", "element:ce,Element,cerium,,source:usgs-mcs-2025,Ce,58");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Element.csv", 5, null, "the row has 7 cells but the header has 9");
    }

    [Fact]
    public async Task Read_ListWithAnEmptyEntry_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Country.csv", "USA;United States of America", "USA;;United States of America");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/Country.csv", 2, "aliases:string[]", "empty list entry");
    }

    [Fact]
    public async Task Read_ExplicitKeyUsedTwice_IsReported()
    {
        using var folder = SeedFolder.FromFixture()
            .AppendLine("relationships/RESTRICTS.csv", "regulation:mofcom-2025-18,element:nd,RESTRICTS,source:mofcom-2025-18,licence,2025-04-04,,mofcom-2025-18/dy");

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "relationships/RESTRICTS.csv", 3, "key", "duplicate relationship key 'mofcom-2025-18/dy'");
    }

    [Fact]
    public async Task Read_MissingNodesFolder_IsReported()
    {
        using var folder = SeedFolder.Empty();

        var result = await folder.ReadAsync();

        ProblemAssert.Single(result, "nodes/", 0, null, "the nodes/ folder is missing");
    }

    [Fact]
    public async Task Read_SeveralBrokenRows_ReportsEveryProblemInFileAndLineOrder()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Element.csv", "Dy,66,HREE", "Dy,x,XREE")
            .AppendLine("relationships/EXTRACTS.csv", "mine:nowhere,mineral:nothing,EXTRACTS,source:none");

        var result = await folder.ReadAsync();

        Assert.Equal(
            [
                "nodes/Element.csv:3 [atomicNumber:int]",
                "nodes/Element.csv:3 [category]",
                "relationships/EXTRACTS.csv:4 [:START_ID]",
                "relationships/EXTRACTS.csv:4 [:END_ID]",
                "relationships/EXTRACTS.csv:4 [sources:string[]]",
            ],
            result.Problems.Select(p => $"{p.File}:{p.Line} [{p.Column}]"));
    }
}
