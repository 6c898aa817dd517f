using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MineralGraph.Bench.Hostile;

/// <summary>
/// <c>dotnet run -c Release --project bench/Hostile</c>: the refusal benchmark over the hostile corpus.
/// <c>dotnet run -c Release --project bench/Hostile -- fuzz &lt;url&gt; [requests] [seed] [concurrency]</c>: a long transport fuzz.
/// </summary>
public static class HostileBench
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["fuzz", var url, ..])
        {
            var requests = args.Length > 2 ? int.Parse(args[2]) : 1_000_000;
            var seed = args.Length > 3 ? int.Parse(args[3]) : Environment.TickCount;
            var concurrency = args.Length > 4 ? int.Parse(args[4]) : 16;
            return await LongFuzz.RunAsync(new Uri(url), requests, seed, concurrency);
        }

        // In process: the API is started once per case, and each request is measured with the allocations of every thread.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(80));
        BenchmarkSwitcher.FromAssembly(typeof(RefusalBenchmarks).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], config);
        return 0;
    }
}
