using System.Diagnostics;
using System.Net.Http.Json;
using MineralGraph.Api.Tests.Telemetry.Infrastructure;

namespace MineralGraph.Api.Tests.Telemetry;

/// <summary>
/// The API on the Neo4j store, against a stand-in for Neo4j's Query API that answers every
/// statement with no rows and keeps the requests: each HTTP request carries the trace on.
/// </summary>
public sealed class Neo4jTracePropagationTests
{
    private const string NoRows = """{"data": {"fields": [], "values": []}, "bookmarks": []}""";

    [Fact]
    public async Task StoreCall_OnNeo4j_SendsTraceparentOfItsHttpSpan_UnderTheStoreSpan_InTheCallersTrace()
    {
        await using var neo4j = await RecordingHttpServer.StartAsync(NoRows);
        await using var api = new TracedApiFactory(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "neo4j",
            ["Store:Neo4j:Uri"] = neo4j.Address.ToString(),
            ["Store:SeedDirectory"] = "",
            ["Cache:Enabled"] = "false",
        });
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query One { node(id: \"element:nd\") { id } }" }),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Contains("\"node\":null", await response.Content.ReadAsStringAsync());
        var spans = api.SpansOf(trace);
        var store = Assert.Single(spans, span => span.DisplayName == "GetNodes");
        Assert.Equal("neo4j", store.GetTagItem("db.system.name"));
        var http = Assert.Single(spans, span => span.Kind == ActivityKind.Client && span.ParentSpanId == store.SpanId);
        var sent = Assert.Single(neo4j.Requests, recorded => recorded.Headers.TryGetValue("traceparent", out var header) && header.Contains(trace.ToString()));
        Assert.Equal($"00-{trace}-{http.SpanId}-01", sent.Headers["traceparent"]);
        Assert.EndsWith("/query/v2", sent.Path);
    }
}
