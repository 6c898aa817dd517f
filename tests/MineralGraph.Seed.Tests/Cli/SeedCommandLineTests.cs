using MineralGraph.Seed.Cli;

namespace MineralGraph.Seed.Tests.Cli;

public sealed class SeedCommandLineTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly SqliteDatabaseFile _database = new();

    [Fact]
    public async Task Validate_CleanFolder_ExitsZeroAndPrintsCounts()
    {
        using var folder = SeedFolder.FromFixture();

        var exitCode = await RunAsync("validate", folder.Path);

        Assert.Equal(SeedExitCodes.Ok, exitCode);
        Assert.Contains("is valid: 15 nodes, 12 relationships", _output.ToString());
        Assert.Contains("PRODUCES_SHARE", _output.ToString());
    }

    [Fact]
    public async Task Validate_BrokenFolder_ExitsOneAndListsEveryProblem()
    {
        using var folder = SeedFolder.FromFixture()
            .Replace("nodes/Element.csv", "Dy,66,HREE", "Dy,66,MREE")
            .AppendLine("relationships/EXTRACTS.csv", "mine:nowhere,mineral:bastnaesite,EXTRACTS,source:usgs-mcs-2025");

        var exitCode = await RunAsync("validate", folder.Path);

        Assert.Equal(SeedExitCodes.DataProblems, exitCode);
        var error = _error.ToString();
        Assert.Contains("has 2 problem(s):", error);
        Assert.Contains("nodes/Element.csv:3 [category]: 'MREE' is not an allowed category", error);
        Assert.Contains("relationships/EXTRACTS.csv:4 [:START_ID]: no node has id 'mine:nowhere'", error);
    }

    [Fact]
    public async Task Build_ThenCheck_WritesTheCsvsThenFindsThemUpToDate()
    {
        using var folder = CuratedFolder("stakePct: 100");

        Assert.Equal(SeedExitCodes.Ok, await RunAsync("build", folder.Path));
        Assert.Contains("relationships/OWNS.csv", _output.ToString());
        Assert.Equal(SeedExitCodes.Ok, await RunAsync("build", folder.Path, "--check"));
        Assert.Contains("the CSVs are up to date", _output.ToString());
    }

    [Fact]
    public async Task BuildCheck_AfterAnEdit_ExitsOneAndNamesTheStaleFile()
    {
        using var folder = CuratedFolder("stakePct: 100");
        await RunAsync("build", folder.Path);
        folder.Replace("curated/sites.yaml", "stakePct: 100", "stakePct: 90");

        var exitCode = await RunAsync("build", folder.Path, "--check");

        Assert.Equal(SeedExitCodes.DataProblems, exitCode);
        Assert.Contains("1 CSV file(s) that the curated files no longer make", _error.ToString());
        Assert.Contains("  relationships/OWNS.csv", _error.ToString());
    }

    [Fact]
    public async Task Build_BrokenRecord_ExitsOneWithTheYamlPlace()
    {
        using var folder = CuratedFolder("stakePct: 101");

        var exitCode = await RunAsync("build", folder.Path);

        Assert.Equal(SeedExitCodes.DataProblems, exitCode);
        Assert.Contains("curated/sites.yaml:9 [stakePct]: mine:mountain-pass, ownedBy entry 1: stakePct 101 is out of range", _error.ToString());
    }

    [Fact]
    public async Task Load_CleanFolder_ExitsZeroAndPrintsWhatItLoaded()
    {
        using var folder = SeedFolder.FromFixture();

        var exitCode = await RunAsync("load", folder.Path, "--database", _database.Path);

        Assert.Equal(SeedExitCodes.Ok, exitCode);
        Assert.Contains("15 nodes, 12 relationships", _output.ToString());
        Assert.True(File.Exists(_database.Path));
    }

    [Fact]
    public async Task Load_BrokenFolder_ExitsOneAndWritesNoDatabase()
    {
        using var folder = SeedFolder.FromFixture().Replace("nodes/Mine.csv", "producing,35.4783", "producing,north");

        var exitCode = await RunAsync("load", folder.Path, "--database", _database.Path);

        Assert.Equal(SeedExitCodes.DataProblems, exitCode);
        Assert.Contains("has 1 problem(s); nothing was loaded:", _error.ToString());
        Assert.Contains("nodes/Mine.csv:2 [latitude:float]", _error.ToString());
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task Load_FolderThatValidateRefusesForAnUncitedFact_RefusesToo_NamingTheFlagThatSkipsTheIntegrityRules()
    {
        using var folder = SeedFolder.FromFixture().Replace("nodes/Mine.csv", "Mountain Pass,,source:usgs-mcs-2025,", "Mountain Pass,,,");

        var validated = await RunAsync("validate", folder.Path);
        var loaded = await RunAsync("load", folder.Path, "--database", _database.Path);

        Assert.Equal((SeedExitCodes.DataProblems, SeedExitCodes.DataProblems), (validated, loaded));
        Assert.Contains("nothing was loaded (data that breaks only the integrity rules, such as a synthetic benchmark graph, loads with --skip-integrity-checks)", _error.ToString());
        Assert.Contains("mine:mountain-pass cites no source", _error.ToString());
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task Load_WithSkipIntegrityChecks_LoadsAnUncitedFact_ButStillRefusesWhatTheModelForbids()
    {
        using var uncited = SeedFolder.FromFixture().Replace("nodes/Mine.csv", "Mountain Pass,,source:usgs-mcs-2025,", "Mountain Pass,,,");
        using var offModel = SeedFolder.FromFixture().Replace("nodes/Mine.csv", "producing,35.4783", "producing,north");

        var loaded = await RunAsync("load", uncited.Path, "--database", _database.Path, "--skip-integrity-checks");
        var refused = await RunAsync("load", offModel.Path, "--database", _database.Path + ".other", "--skip-integrity-checks");

        Assert.Equal((SeedExitCodes.Ok, SeedExitCodes.DataProblems), (loaded, refused));
        Assert.Contains("15 nodes, 12 relationships", _output.ToString());
        Assert.Contains("nodes/Mine.csv:2 [latitude:float]", _error.ToString());
        Assert.False(File.Exists(_database.Path + ".other"));
    }

    [Fact]
    public async Task Load_DatabasePathThatIsAFolder_ExitsThreeWithTheStoreMessage()
    {
        using var folder = SeedFolder.FromFixture();

        var exitCode = await RunAsync("load", folder.Path, "--database", folder.Path);

        Assert.Equal(SeedExitCodes.StoreFailed, exitCode);
        Assert.Contains("seed: the store failed", _error.ToString());
    }

    [Fact]
    public async Task Validate_CancelledBeforeItStarts_ExitsWithCancelled()
    {
        using var folder = SeedFolder.FromFixture();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exitCode = await NewCommandLine().RunAsync(["validate", folder.Path], cancellation.Token);

        Assert.Equal(SeedExitCodes.Cancelled, exitCode);
    }

    [Fact]
    public async Task Generate_WithMinesAndOut_WritesAValidFolderAndSaysWhatItWrote()
    {
        using var folder = SeedFolder.Empty();

        var generated = await RunAsync("generate", "--mines", "50", "--out", folder.Path, "--seed", "9");
        var validated = await RunAsync("validate", folder.Path);

        Assert.Equal((SeedExitCodes.Ok, SeedExitCodes.Ok), (generated, validated));
        Assert.Contains("for 50 mines (seed 9)", _output.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("validate", "a", "b")]
    [InlineData("load", "dir", "--db", "x.db")]
    [InlineData("load", "dir", "--database")]
    [InlineData("generate", "--out", "dir")]
    [InlineData("generate", "--mines", "many", "--out", "dir")]
    [InlineData("generate", "--mines", "10")]
    [InlineData("generate", "--mines", "10", "--out", "dir", "--seed", "-1")]
    public async Task Run_WrongArguments_ExitsTwoWithUsage(params string[] args)
    {
        var exitCode = await RunAsync(args);

        Assert.Equal(SeedExitCodes.Usage, exitCode);
        Assert.Contains("usage:", _error.ToString());
    }

    [Fact]
    public async Task Generate_IntoAnExistingDataset_ExitsTwo()
    {
        using var folder = SeedFolder.FromFixture();

        var exitCode = await RunAsync("generate", "--mines", "10", "--out", folder.Path);

        Assert.Equal(SeedExitCodes.Usage, exitCode);
        Assert.Contains("already holds a seed dataset", _error.ToString());
    }

    [Fact]
    public async Task Validate_MissingFolder_ExitsTwoNamingIt()
    {
        var exitCode = await RunAsync("validate", "/no/such/seed/folder");

        Assert.Equal(SeedExitCodes.Usage, exitCode);
        Assert.Contains("/no/such/seed/folder", _error.ToString());
    }

    public void Dispose() => _database.Dispose();

    private Task<int> RunAsync(params string[] args) => NewCommandLine().RunAsync(args, CancellationToken.None);

    private SeedCommandLine NewCommandLine() =>
        new(_output, _error, path => new Store.Sqlite.SqliteGraphStore(
            new Store.Sqlite.SqliteStoreOptions { Path = path ?? _database.Path }, GraphSchema.GraphModel.Default));

    private static SeedFolder CuratedFolder(string stake) => SeedFolder.Empty()
        .Write("nodes/Country.csv", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal", "nodes", "Country.csv")))
        .Write("curated/sites.yaml", $$"""
            mines:
              - id: mine:mountain-pass
                name: Mountain Pass
                sources: [source:usgs-mcs-2025]
                locatedIn:
                  - { node: country:us, sources: [source:usgs-mcs-2025] }
                ownedBy:
                  - node: company:mp-materials
                    {{stake}}
                    sources: [source:usgs-mcs-2025]
            companies:
              - { id: company:mp-materials, name: MP Materials Corp., sources: [source:usgs-mcs-2025] }
            sources:
              - { id: source:usgs-mcs-2025, name: USGS MCS 2025, publisher: U.S. Geological Survey }
            """);
}
