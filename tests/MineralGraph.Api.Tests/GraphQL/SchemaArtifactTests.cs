using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.GraphSchema;
using MineralGraph.Store.Sqlite;

namespace MineralGraph.Api.Tests.GraphQL;

/// <summary>
/// The SDL and the SQLite DDL are generated from the graph model and committed for readers;
/// these tests keep the committed files true. Run with MINERALGRAPH_UPDATE_SCHEMA=1 to rewrite them.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class SchemaArtifactTests(SeededApiFactory api)
{
    [Fact]
    public void GraphQLSdl_MatchesCommittedSchemaFile()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        AssertMatchesCommitted(Path.Combine(RepositoryPaths.GraphSchema, "schema.graphql"), schema.Print() + "\n");
    }

    [Fact]
    public void SqliteDdl_MatchesCommittedScript()
    {
        AssertMatchesCommitted(Path.Combine(RepositoryPaths.GraphSchema, "sqlite", "schema.sql"), SqliteSchema.BuildScript(GraphModel.Default));
    }

    [Fact]
    public void Schema_EveryRelationshipType_IsAFieldOnBothEnds()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var relationship in GraphModel.Default.Relationships)
        {
            foreach (var label in relationship.From)
            {
                Assert.NotNull(((IComplexGraphType)schema.AllTypes[label]!).GetField(relationship.OutField));
            }

            foreach (var label in relationship.To)
            {
                Assert.NotNull(((IComplexGraphType)schema.AllTypes[label]!).GetField(relationship.InField));
            }
        }
    }

    [Theory]
    [InlineData("Mine", "latitude", "WGS 84 latitude in degrees. Must be from -90 to 90.")]
    [InlineData("MineCreateInput", "latitude", "WGS 84 latitude in degrees. Must be from -90 to 90.")]
    [InlineData("FacilityUpdateInput", "capacityTpa", "Nameplate capacity in tonnes per year. Must be 0 or more.")]
    [InlineData("OwnsEdge", "stakePct", "Equity stake in percent. Must be from 0 to 100.")]
    [InlineData("Owns", "stakePct", "Equity stake in percent. Must be from 0 to 100.")]
    public void Schema_PropertyWithARange_StatesTheRangeInItsDescription(string type, string field, string description)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        Assert.Equal(description, ((IComplexGraphType)schema.AllTypes[type]!).GetField(field)!.Description);
    }

    private static void AssertMatchesCommitted(string path, string generated)
    {
        if (Environment.GetEnvironmentVariable("MINERALGRAPH_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with MINERALGRAPH_UPDATE_SCHEMA=1 to write it.");
        Assert.True(File.ReadAllText(path) == generated, $"{path} is out of date with graph-schema/model.json; run the tests with MINERALGRAPH_UPDATE_SCHEMA=1 and commit the result.");
    }
}
