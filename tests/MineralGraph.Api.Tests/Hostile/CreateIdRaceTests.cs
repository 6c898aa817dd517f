using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// Issue #12, finding 6: concurrent <c>create&lt;Label&gt;</c> calls without <c>id</c> for one name
/// answered CONFLICT (24 of 480 in one process, 37 across two); each must take the next free id.
/// </summary>
public sealed class CreateIdRaceTests(WritableApiFactory api) : IClassFixture<WritableApiFactory>
{
    private const string Create = """mutation($name: String!) { createMine(input: { name: $name, sources: ["source:inn-ree-producers-2024"] }) { id } }""";

    [Fact]
    public async Task ConcurrentCreatesOfOneName_InOneProcess_TakeTheNumberedIdsInTurn()
    {
        var editor = api.Editor();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => editor.QueryAsync(Create, new { name = "Race Mine" })));

        Assert.Equal(NumberedIds("mine:race-mine", 20).Order(StringComparer.Ordinal), Ids(responses.Select(r => r.DataWithoutErrors())));
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneName_FromTwoProcessesOnOneSqliteFile_TakeTheNumberedIdsInTurn()
    {
        const string key = "mg-race-editor-4d2c9e";
        var database = Path.Combine(Path.GetTempPath(), $"mineralgraph-race-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "race-editor",
            ["Auth:ApiKeys:0:Role"] = "editor",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
        };
        try
        {
            // The first seeds the empty file; the second starts on the seeded file.
            await using var first = await ApiProcess.StartAsync(database, settings);
            await using var second = await ApiProcess.StartAsync(database, settings);
            var clients = new[] { new GraphQLClient(first.CreateClient(key)), new GraphQLClient(second.CreateClient(key)) };

            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => clients[i % 2].QueryAsync(Create, new { name = "Twin Race Mine" })));

            Assert.Equal(NumberedIds("mine:twin-race-mine", 20).Order(StringComparer.Ordinal), Ids(responses.Select(r => r.DataWithoutErrors())));
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    private static string[] NumberedIds(string id, int count) =>
        [id, .. Enumerable.Range(2, count - 1).Select(n => $"{id}-{n}")];

    private static string[] Ids(IEnumerable<JsonNode> data) =>
        [.. data.Select(d => d["createMine"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
