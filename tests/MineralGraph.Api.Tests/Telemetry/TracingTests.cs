using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MineralGraph.Api.Telemetry;
using MineralGraph.Api.Tests.Telemetry.Infrastructure;

namespace MineralGraph.Api.Tests.Telemetry;

/// <summary>
/// What an operator sees in a trace viewer for one request a browser sent with its own
/// <c>traceparent</c>: the server span continuing the browser's trace, then parse, validate and
/// execute, and under execute one span per store call.
/// </summary>
public sealed class TracingTests : IAsyncLifetime
{
    private readonly TracedApiFactory _api = new();

    public Task InitializeAsync()
    {
        _api.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task NamedQuery_IsTracedAsParseValidateAndExecute_WithAStoreSpanPerCall_InTheCallersTrace()
    {
        var (trace, body) = await PostAsync("query MinesAndOwners { mines(first: 2, orderBy: { field: NAME, direction: ASC }) { nodes { name ownedBy { nodes { name } } } } }");

        Assert.Null(body["errors"]);
        var spans = _api.SpansOf(trace);
        var server = Assert.Single(spans, span => span.Kind == ActivityKind.Server);
        var parse = Assert.Single(spans, span => span.OperationName == MineralGraphActivitySource.ParseSpan);
        var validate = Assert.Single(spans, span => span.OperationName == MineralGraphActivitySource.ValidateSpan);
        var execute = Assert.Single(spans, span => span.OperationName == MineralGraphActivitySource.ExecuteSpan);
        Assert.Equal("query MinesAndOwners", execute.DisplayName);
        Assert.Equal("query", execute.GetTagItem("graphql.operation.type"));
        Assert.Equal("MinesAndOwners", execute.GetTagItem("graphql.operation.name"));
        Assert.Contains("mines(first: 2", (string)execute.GetTagItem("graphql.document")!);
        Assert.All([parse, validate, execute], span => Assert.Equal(server.SpanId, span.ParentSpanId));
        Assert.True(parse.StartTimeUtc <= validate.StartTimeUtc && validate.StartTimeUtc <= execute.StartTimeUtc, "parse, validate and execute run in that order");

        var store = spans.Where(span => span.GetTagItem("db.system.name") is not null).ToList();
        Assert.Equal(["FindNodes Mine", "GetRelationships OWNS"], store.Where(span => span.DisplayName != "GetRevision").OrderBy(span => span.StartTimeUtc).Select(span => span.DisplayName));
        Assert.All(store, span =>
        {
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal("sqlite", span.GetTagItem("db.system.name"));
        });
        var relationships = Assert.Single(store, span => span.DisplayName == "GetRelationships OWNS");
        Assert.Equal(execute.SpanId, relationships.ParentSpanId);
        Assert.Equal(2, relationships.GetTagItem("mineralgraph.store.batch.size"));
        Assert.Equal("OWNS", relationships.GetTagItem("db.collection.name"));
    }

    [Fact]
    public async Task AnonymousMutation_IsRefusedOnTheValidateSpan_AndNeverExecutes()
    {
        var (trace, _) = await PostAsync("mutation Forget { deleteRelationship(key: \"no|SUCH|key\") { key } }");

        var spans = _api.SpansOf(trace);
        var validate = Assert.Single(spans, span => span.OperationName == MineralGraphActivitySource.ValidateSpan);
        Assert.Equal(ActivityStatusCode.Error, validate.Status);
        Assert.DoesNotContain(spans, span => span.OperationName == MineralGraphActivitySource.ExecuteSpan);
    }

    [Fact]
    public async Task RefusedDocument_FailsTheValidateSpanWithTheReason_AndNothingExecutes()
    {
        var (trace, body) = await PostAsync("query Typo { elementz { nodes { id } } }");

        Assert.NotNull(body["errors"]);
        var spans = _api.SpansOf(trace);
        var validate = Assert.Single(spans, span => span.OperationName == MineralGraphActivitySource.ValidateSpan);
        Assert.Equal(ActivityStatusCode.Error, validate.Status);
        Assert.Contains("elementz", validate.StatusDescription);
        Assert.DoesNotContain(spans, span => span.OperationName == MineralGraphActivitySource.ExecuteSpan);
    }

    [Fact]
    public async Task SyntaxError_FailsTheParseSpan()
    {
        var (trace, _) = await PostAsync("query Broken { elements(first: 1) { nodes { id }");

        var parse = Assert.Single(_api.SpansOf(trace), span => span.OperationName == MineralGraphActivitySource.ParseSpan);

        Assert.Equal(ActivityStatusCode.Error, parse.Status);
        Assert.Contains(parse.Events, e => e.Name == "exception");
    }

    private async Task<(ActivityTraceId Trace, JsonObject Body)> PostAsync(string query)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await _api.CreateClient().SendAsync(request);

        return (trace, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
