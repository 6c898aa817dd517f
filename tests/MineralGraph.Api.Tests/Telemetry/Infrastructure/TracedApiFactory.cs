using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace MineralGraph.Api.Tests.Telemetry.Infrastructure;

/// <summary>
/// The real API with a tracer provider of the API's own instrumentation that keeps finished spans
/// in memory. Tracing listens process-wide, so tests pick their spans by the trace they started.
/// </summary>
public sealed class TracedApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : SeededApiFactory
{
    private readonly SpanCollection _spans = new();

    protected override IReadOnlyDictionary<string, string?> Settings => settings ?? new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddMineralGraphInstrumentation().AddInMemoryExporter(_spans)));
    }

    /// <summary>The finished spans of one trace, once the provider has exported them.</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId trace)
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        return _spans.Of(trace);
    }

    /// <summary>The exporter adds spans as they end, on whatever thread ends them.</summary>
    private sealed class SpanCollection : Collection<Activity>
    {
        public IReadOnlyList<Activity> Of(ActivityTraceId trace)
        {
            lock (Items)
            {
                return [.. Items.Where(span => span.TraceId == trace)];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (Items)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
