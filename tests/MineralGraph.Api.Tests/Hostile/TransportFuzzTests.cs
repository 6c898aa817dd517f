using System.Collections.Concurrent;
using System.Text;
using MineralGraph.Api.Tests.Caching.Infrastructure;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>
/// A bounded transport fuzz against the API as its own process, over loopback: 20,000 requests
/// from a fixed seed (see <see cref="TransportFuzzer"/>). Not one may get a 500, and the process
/// must still be running at the end; every request is answered. bench/Hostile runs longer ones.
/// </summary>
public sealed class TransportFuzzTests
{
    private const int Seed = 20_261_207;
    private const int Requests = 20_000;
    private const int Concurrency = 8;

    [Fact]
    public async Task TwentyThousandFuzzedRequests_GetNo500_AndTheProcessKeepsRunning()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mineralgraph-fuzz-{Guid.NewGuid():N}.db");
        try
        {
            await using var api = await ApiProcess.StartAsync(database, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
            using var client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Concurrency,
                // Header values go out as UTF-8 bytes, non-ASCII included, as a hostile client would send them.
                RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            }) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var fuzzer = new TransportFuzzer(Seed);
            var requests = new ConcurrentQueue<HttpRequestMessage>(Enumerable.Range(0, Requests).Select(_ => fuzzer.Next()));
            var failures = new ConcurrentQueue<string>();
            var answered = 0;

            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
            {
                while (requests.TryDequeue(out var request))
                {
                    using (request)
                    {
                        try
                        {
                            using var response = await client.SendAsync(request);
                            await response.Content.ReadAsByteArrayAsync();
                            Interlocked.Increment(ref answered);
                            if ((int)response.StatusCode == 500)
                            {
                                failures.Enqueue("500 for " + await TransportFuzzer.DescribeAsync(request));
                            }
                        }
                        catch (HttpRequestException exception)
                        {
                            failures.Enqueue($"no answer ({exception.Message} {exception.InnerException?.Message}) for {await TransportFuzzer.DescribeAsync(request)}");
                        }
                    }
                }
            }));

            Assert.False(api.HasExited, "The API process exited during the fuzz.");
            Assert.Empty(failures.Take(5));
            Assert.Equal(Requests, answered);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
