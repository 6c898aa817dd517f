using System.Text.Json.Nodes;
using MineralGraph.GraphSchema;
using MineralGraph.Seed.Curation;
using MineralGraph.Seed.Tests.Dataset;

namespace MineralGraph.Seed.Tests.Curation;

/// <summary>
/// graph-schema/curated.schema.json is generated from the graph model for editors; this keeps the
/// committed copy true. Run with MINERALGRAPH_UPDATE_SCHEMA=1 to rewrite it.
/// </summary>
public sealed class CuratedFileSchemaTests
{
    [Fact]
    public void CommittedSchema_MatchesTheGraphModel()
    {
        var path = Path.Combine(SeedData.Folder, "..", "..", "graph-schema", CuratedFileSchema.FileName);
        var generated = CuratedFileSchema.Text(GraphModel.Default);
        if (Environment.GetEnvironmentVariable("MINERALGRAPH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with MINERALGRAPH_UPDATE_SCHEMA=1 to write it.");
        Assert.True(File.ReadAllText(path) == generated, $"{path} is out of date with graph-schema/model.json; run the tests with MINERALGRAPH_UPDATE_SCHEMA=1 and commit the result.");
    }

    [Fact]
    public void Schema_GivesEveryLabelAListAndEveryRelationshipAFieldOnBothEnds()
    {
        var schema = CuratedFileSchema.Build(GraphModel.Default);
        var definitions = schema["$defs"]!.AsObject();

        foreach (var label in GraphModel.Default.Labels)
        {
            Assert.Equal($"#/$defs/{label.Name}", schema["properties"]![label.Plural]!["items"]!["$ref"]!.GetValue<string>());
        }

        foreach (var relationship in GraphModel.Default.Relationships)
        {
            Assert.All(relationship.From, label => Assert.NotNull(definitions[label]!["properties"]![relationship.OutField]));
            Assert.All(relationship.To, label => Assert.NotNull(definitions[label]!["properties"]![relationship.InField]));
        }
    }

    [Fact]
    public void Schema_StatesTheModelsEnumsRangesAndRequiredProperties()
    {
        var mine = CuratedFileSchema.Build(GraphModel.Default)["$defs"]!["Mine"]!;
        var shares = CuratedFileSchema.Build(GraphModel.Default)["$defs"]!["PRODUCES_SHARE.in"]!;

        Assert.Contains("care-and-maintenance", mine["properties"]!["status"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(-90, mine["properties"]!["latitude"]!["minimum"]!.GetValue<double>());
        Assert.Equal(["id", "name", "sources"], mine["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["node", "sources", "stage", "year"], shares["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("^(country):[a-z0-9][a-z0-9._-]*$", shares["properties"]!["node"]!["pattern"]!.GetValue<string>());
    }
}
