using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Telemetry.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MineralGraph.Api.Tests.Telemetry;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, what an OpenTelemetry collector receives.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithAnOtlpEndpoint_TracesAndCacheMetricsReachTheCollector()
    {
        await using var collector = await RecordingHttpServer.StartAsync("{}");
        await using var api = new ExportingApiFactory(collector.Address);
        await api.CreateClient().PostAsJsonAsync("/graphql", new { query = "query ExportedToTheCollector { elements(first: 1) { nodes { id } } }" });

        api.Services.GetRequiredService<TracerProvider>().ForceFlush();
        api.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var traces = Assert.Single(collector.Requests, request => request.Path == "/v1/traces" && Text(request).Contains("ExportedToTheCollector"));
        Assert.Equal("application/x-protobuf", traces.Headers["Content-Type"]);
        Assert.Contains("query ExportedToTheCollector", Text(traces));
        Assert.Contains("graphql.operation.name", Text(traces));
        Assert.Contains("mineralgraph-api", Text(traces));
        Assert.Contains(collector.Requests, request => request.Path == "/v1/metrics" && Text(request).Contains("mineralgraph.cache.misses"));
    }

    // Protobuf keeps strings as UTF-8 bytes, so names and values can be found in the payload as they are.
    private static string Text(RecordedRequest request) => Encoding.UTF8.GetString(request.Body);

    private sealed class ExportingApiFactory(Uri collector) : SeededApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };
    }
}
