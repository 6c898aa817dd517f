using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>Issue #12, finding 10: a store failure named the backend to clients (SQLite Error 26, codes SQLITE and GRAPH_STORE).</summary>
public sealed class StoreFailureTests
{
    [Fact]
    public async Task ASqliteFileLockedByAnotherProcess_AnswersStoreUnavailable_WithoutBackendDetail_AndTheLogKeepsIt()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mineralgraph-locked-{Guid.NewGuid():N}.db");
        try
        {
            await using var api = new CachingApiFactory(settings: new Dictionary<string, string?>
            {
                ["Store:Provider"] = "sqlite",
                ["Store:Sqlite:Path"] = database,
                ["Store:Sqlite:BusyTimeoutSeconds"] = "1",
                ["Auth:ApiKeys:0:Name"] = "locked-editor",
                ["Auth:ApiKeys:0:Role"] = "editor",
                ["Auth:ApiKeys:0:Sha256"] = WritableApiFactory.Sha256Hex(WritableApiFactory.EditorKey),
            });
            using var http = api.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.EditorKey);
            var client = new GraphQLClient(http);
            Assert.NotNull((await client.QueryAsync("{ countries(first: 1) { totalCount } }")).DataWithoutErrors());

            // Another process holds the write lock for longer than the store waits for it: SQLite error 5, "database is locked".
            await using var other = new SqliteConnection($"Data Source={database};Pooling=False");
            await other.OpenAsync();
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
            var response = await client.QueryAsync("""mutation { createCompany(input: { name: "Locked Out Co", sources: ["source:inn-ree-producers-2024"] }) { id } }""");

            Assert.Equal(["STORE_UNAVAILABLE"], response.ErrorCodes);
            var text = response.Body.ToJsonString();
            Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("locked", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("GRAPH_STORE", text);
            Assert.Contains(api.Logs.GetSnapshot(), record => record.Exception?.ToString().Contains("database is locked", StringComparison.Ordinal) == true);
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
