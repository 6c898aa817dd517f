using Microsoft.Data.Sqlite;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>Issue #12, finding 10: a store failure named the backend to clients (SQLite Error 26, codes SQLITE and GRAPH_STORE).</summary>
public sealed class StoreFailureTests
{
    [Fact]
    public async Task ACorruptSqliteFile_AnswersStoreUnavailable_WithoutBackendDetail_AndTheLogKeepsIt()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mineralgraph-corrupt-{Guid.NewGuid():N}.db");
        try
        {
            await using var api = new CachingApiFactory(settings: new Dictionary<string, string?> { ["Store:Sqlite:Path"] = database, ["Store:Provider"] = "sqlite" });
            var client = new GraphQLClient(api.CreateClient());
            Assert.NotNull((await client.QueryAsync("{ countries(first: 1) { totalCount } }")).DataWithoutErrors());

            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }

            await File.WriteAllBytesAsync(database, Enumerable.Repeat((byte)0x5a, 64 * 1024).ToArray());
            var response = await client.QueryAsync("{ countries(first: 1) { totalCount } }");

            Assert.Equal(["STORE_UNAVAILABLE"], response.ErrorCodes.Distinct());
            var text = response.Body.ToJsonString();
            Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("GRAPH_STORE", text);
            Assert.Contains(api.Logs.GetSnapshot(), record => record.Exception?.ToString().Contains("SQLite", StringComparison.Ordinal) == true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
