using BenchmarkDotNet.Attributes;
using MineralGraph.Api.Tests.Hostile;

namespace MineralGraph.Bench.Hostile;

/// <summary>
/// What each request of the hostile corpus costs the server before it is refused: one request
/// through the whole pipeline (transport, parse, bounds, validation, cost), in process. Each is
/// answered on one thread, so the mean time bounds its CPU time; Allocated counts every thread.
/// </summary>
[MemoryDiagnoser]
public class RefusalBenchmarks
{
    private HostileApi _api = null!;
    private HttpClient _client = null!;
    private HostileRequest _request = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => HostileCorpus.All.Select(request => request.Name);

    [GlobalSetup]
    public void Start()
    {
        _api = new HostileApi();
        _client = _api.CreateClient();
        _request = HostileCorpus.All.Single(request => request.Name == Case);
        var status = (int)Send().StatusCode;
        if (status != _request.Status)
        {
            throw new InvalidOperationException($"'{Case}' answered {status}, not {_request.Status}: the benchmark would not measure a refusal.");
        }
    }

    [Benchmark]
    public int Refuse()
    {
        using var response = Send();
        return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
    }

    [GlobalCleanup]
    public void Stop()
    {
        _client.Dispose();
        _api.Dispose();
    }

    private HttpResponseMessage Send()
    {
        using var message = _request.ToMessage();
        return _client.SendAsync(message).GetAwaiter().GetResult();
    }
}
