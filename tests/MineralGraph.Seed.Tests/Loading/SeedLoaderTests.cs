using MineralGraph.Seed.Generation;
using MineralGraph.Seed.Loading;
using MineralGraph.Seed.Validation;

namespace MineralGraph.Seed.Tests.Loading;

public sealed class SeedLoaderTests
{
    [Fact]
    public async Task Load_FixtureIntoSqlite_StoresEveryNodeAndRelationship()
    {
        using var folder = SeedFolder.FromFixture();
        using var database = new SqliteDatabaseFile();
        var store = database.OpenStore();

        var loaded = await SeedLoader.LoadAsync(store, folder.Path, CancellationToken.None);

        Assert.Equal((15, 12), (loaded.Imported.Nodes, loaded.Imported.Relationships));
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(15, statistics.NodeCount);
        Assert.Equal(12, statistics.RelationshipCount);
        Assert.Equal(2, statistics.RelationshipsByType["PRODUCES_SHARE"]);
    }

    [Fact]
    public async Task Load_FixtureIntoSqlite_ReadsBackTypedProperties()
    {
        using var folder = SeedFolder.FromFixture();
        using var database = new SqliteDatabaseFile();
        var store = database.OpenStore();

        await SeedLoader.LoadAsync(store, folder.Path, CancellationToken.None);
        var nodes = await store.GetNodesAsync(["element:nd", "regulation:mofcom-2025-18", "company:creg"], CancellationToken.None);

        Assert.Equal(60L, nodes["element:nd"]["atomicNumber"]);
        Assert.Equal(true, nodes["element:nd"]["isRareEarth"]);
        Assert.Equal(new DateOnly(2025, 4, 4), nodes["regulation:mofcom-2025-18"]["effective"]);
        Assert.Equal(["中国稀土集团", "CREG"], Assert.IsAssignableFrom<IEnumerable<string>>(nodes["company:creg"]["aliases"]));
    }

    [Fact]
    public async Task Load_SameFolderTwice_LeavesTheSameCounts()
    {
        using var folder = SeedFolder.Empty();
        new SyntheticGraphGenerator().Generate(new GeneratorOptions(300, folder.Path, 11), CancellationToken.None);
        using var database = new SqliteDatabaseFile();
        var store = database.OpenStore();

        // A synthetic graph repeats names (it is not curated), so it loads with the model's checks only.
        await SeedLoader.LoadAsync(store, folder.Path, SeedChecks.ModelOnly, CancellationToken.None);
        var once = await store.GetStatisticsAsync(CancellationToken.None);
        await SeedLoader.LoadAsync(store, folder.Path, SeedChecks.ModelOnly, CancellationToken.None);
        var twice = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(once.NodesByLabel, twice.NodesByLabel);
        Assert.Equal(once.RelationshipsByType, twice.RelationshipsByType);
        Assert.Equal(300, twice.NodesByLabel["Mine"]);
    }

    [Fact]
    public async Task Load_BrokenDataset_ThrowsWithEveryProblemAndLeavesTheStoreAsItWas()
    {
        using var valid = SeedFolder.FromFixture();
        using var broken = SeedFolder.FromFixture()
            .AppendLine("nodes/Mine.csv", "mine:mount-weld,Mine,Mount Weld,,source:usgs-mcs-2025,producing,-28.86,122.55,site,carbonatite")
            .AppendLine("relationships/LOCATED_IN.csv", "mine:mount-weld,country:au,LOCATED_IN,source:usgs-mcs-2025,Western Australia")
            .Replace("nodes/Element.csv", "Ga,31", "Ga,thirty-one");
        using var database = new SqliteDatabaseFile();
        var store = database.OpenStore();
        await SeedLoader.LoadAsync(store, valid.Path, CancellationToken.None);
        var before = await store.GetStatisticsAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => SeedLoader.LoadAsync(store, broken.Path, CancellationToken.None));

        Assert.Equal(["nodes/Element.csv", "relationships/LOCATED_IN.csv"], error.Problems.Select(p => p.File));
        var after = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(before.NodesByLabel, after.NodesByLabel);
        Assert.Equal(before.RelationshipsByType, after.RelationshipsByType);
        Assert.Empty(await store.GetNodesAsync(["mine:mount-weld"], CancellationToken.None));
        Assert.Equal(31L, (await store.GetNodesAsync(["element:ga"], CancellationToken.None))["element:ga"]["atomicNumber"]);
    }

    [Fact]
    public async Task Load_BrokenDatasetIntoNewStore_NeverCreatesTheDatabase()
    {
        using var broken = SeedFolder.FromFixture()
            .AppendLine("relationships/EXTRACTS.csv", "mine:nowhere,mineral:bastnaesite,EXTRACTS,source:usgs-mcs-2025");
        using var database = new SqliteDatabaseFile();

        await Assert.ThrowsAsync<SeedValidationException>(() => SeedLoader.LoadAsync(database.OpenStore(), broken.Path, CancellationToken.None));

        Assert.False(File.Exists(database.Path));
    }
}
