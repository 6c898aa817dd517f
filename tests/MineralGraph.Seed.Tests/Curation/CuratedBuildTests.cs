using MineralGraph.Seed.Curation;

namespace MineralGraph.Seed.Tests.Curation;

/// <summary>
/// <c>seed build</c> turns curated YAML into the admin-import CSVs, and reports every problem at the
/// YAML file and line a person edits.
/// </summary>
public sealed class CuratedBuildTests
{
    private const string Mines = "curated/sites/mines.yaml";

    private const string Valid = """
        mines:
          - id: mine:mountain-pass
            name: Mountain Pass
            status: producing
            latitude: 35.478333
            longitude: -115.532222
            locationPrecision: site
            sources: [source:usgs-mcs-2025]
            locatedIn:
              - node: country:us
                region: California
                sources: [source:usgs-mcs-2025]
            ownedBy:
              - node: company:mp-materials
                stakePct: 100
                sources: [source:usgs-mcs-2025]
        companies:
          - id: company:mp-materials
            name: MP Materials Corp.
            aliases: [MP Materials]
            kind: listed
            ticker: "NYSE:MP"
            sources: [source:usgs-mcs-2025]
        sources:
          - id: source:usgs-mcs-2025
            name: USGS MCS 2025
            publisher: U.S. Geological Survey
            published: 2025-01-31
        """;

    [Fact]
    public async Task Build_WritesOneCsvPerLabelAndTypeInTheAdminImportFormat()
    {
        using var folder = Folder(Valid);

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        Assert.True(result.IsClean, string.Join("\n", result.Problems));
        Assert.Equal(["nodes/Company.csv", "nodes/Mine.csv", "nodes/Source.csv", "relationships/LOCATED_IN.csv", "relationships/OWNS.csv"], result.ChangedFiles);
        Assert.Equal(
            "id:ID,:LABEL,name,aliases:string[],sources:string[],status,latitude:float,longitude:float,locationPrecision,oreType,projectStage\n" +
            "mine:mountain-pass,Mine,Mountain Pass,,source:usgs-mcs-2025,producing,35.478333,-115.532222,site,,\n",
            File.ReadAllText(Path.Combine(folder.Path, "nodes/Mine.csv")));
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,sources:string[],stakePct:float,since:date,qualifier,min:float,max:float\n" +
            "company:mp-materials,mine:mountain-pass,OWNS,source:usgs-mcs-2025,100,,,,\n",
            File.ReadAllText(Path.Combine(folder.Path, "relationships/OWNS.csv")));
        Assert.Contains("source:usgs-mcs-2025,Source,USGS MCS 2025,,source:usgs-mcs-2025,", File.ReadAllText(Path.Combine(folder.Path, "nodes/Source.csv")));
        Assert.True((await folder.ReadAsync()).IsValid);
    }

    [Fact]
    public async Task Build_Twice_ChangesNothingTheSecondTime_AndCheckFindsTheFilesUpToDate()
    {
        using var folder = Folder(Valid);
        await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var again = await new CuratedBuild().RunAsync(folder.Path, write: false, CancellationToken.None);

        Assert.Empty(again.ChangedFiles);
    }

    [Fact]
    public async Task Check_AfterAnEdit_NamesTheStaleCsvAndWritesNothing()
    {
        using var folder = Folder(Valid);
        await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);
        folder.Replace(Mines, "stakePct: 100", "stakePct: 80");

        var check = await new CuratedBuild().RunAsync(folder.Path, write: false, CancellationToken.None);

        Assert.Equal(["relationships/OWNS.csv"], check.ChangedFiles);
        Assert.Contains(",100,", File.ReadAllText(Path.Combine(folder.Path, "relationships/OWNS.csv")));
    }

    [Fact]
    public async Task Check_ACsvNoCuratedRecordMakes_IsStale()
    {
        using var folder = Folder(Valid);
        await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);
        folder.Write("relationships/MAKES.csv", ":START_ID,:END_ID,:TYPE,sources:string[],since:date\n");

        var check = await new CuratedBuild().RunAsync(folder.Path, write: false, CancellationToken.None);

        Assert.Equal(["relationships/MAKES.csv"], check.ChangedFiles);
    }

    [Theory]
    [InlineData("status: producing", "status: producting", 4, "status", "mine:mountain-pass: 'producting' is not allowed for status; use one of: producing, development")]
    [InlineData("status: producing", "status: producing\n    colour: red", 5, "colour", "'colour' is neither a property nor a relationship of a Mine; use one of: id, name")]
    [InlineData("stakePct: 100", "stakePct: 120", 15, "stakePct", "mine:mountain-pass, ownedBy entry 1: stakePct 120 is out of range")]
    [InlineData("published: 2025-01-31", "published: 2025-02-30", 28, "published", "source:usgs-mcs-2025: '2025-02-30' is not a date; write yyyy-MM-dd")]
    [InlineData("published: 2025-01-31", "published: 2025-01", 28, "published", "source:usgs-mcs-2025: '2025-01' is not a date; write yyyy-MM-dd")]
    [InlineData("ticker: \"NYSE:MP\"", "ticker: 002428", 22, "ticker", "company:mp-materials: ticker is \"integer\" but should be \"string\"; quote text that looks like a number")]
    [InlineData("NYSE:MP\"\n    sources: [source:usgs-mcs-2025]\n", "NYSE:MP\"\n", 18, null, "company:mp-materials lacks [\"sources\"]; add them")]
    [InlineData("      - node: company:mp-materials", "      - node: mine:mp-materials", 14, "node", "'mine:mp-materials' is not a valid node")]
    public async Task Build_AProblemInARecord_IsReportedAtItsFileAndLine_AndNothingIsWritten(string oldText, string newText, int line, string? key, string message)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        using var folder = Folder(Valid.Replace(oldText, newText, StringComparison.Ordinal));

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((Mines, line, key), (problem.File, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "relationships")));
    }

    [Fact]
    public async Task Build_AReferenceToNoNode_IsReportedAtTheEntrysNodeLine()
    {
        using var folder = Folder(Valid.Replace("      - node: company:mp-materials", "      - node: company:mp-material", StringComparison.Ordinal));

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((Mines, 14, "node"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("no node has id 'company:mp-material'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_TheSameIdInTwoRecords_NamesBothPlaces()
    {
        using var folder = Folder(Valid).Write("curated/companies/more.yaml", """
            companies:
              - id: company:mp-materials
                name: MP Materials again
                sources: [source:usgs-mcs-2025]
            """);

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("curated/sites/mines.yaml", 18, "id"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("company:mp-materials is already defined at curated/companies/more.yaml:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_AnIntegrityProblem_IsReportedAtTheKeyItConcerns()
    {
        using var folder = Folder(Valid.Replace("    locationPrecision: site\n", "", StringComparison.Ordinal));

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((Mines, 2, "locationPrecision"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("say what its latitude/longitude mark", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_YamlThatDoesNotParse_IsReportedAtItsLine()
    {
        using var folder = Folder(Valid.Replace("    name: Mountain Pass", "    name: [Mountain Pass", StringComparison.Ordinal));

        var result = await new CuratedBuild().RunAsync(folder.Path, write: true, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(Mines, problem.File);
        Assert.Contains("this is not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    private static SeedFolder Folder(string mines) => SeedFolder.Empty()
        .Write(Mines, mines.ReplaceLineEndings("\n"))
        .Write("nodes/Country.csv", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal", "nodes", "Country.csv")));
}
