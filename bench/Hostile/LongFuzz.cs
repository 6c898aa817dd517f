using System.Collections.Concurrent;
using System.Text;
using MineralGraph.Api.Tests.Hostile;

namespace MineralGraph.Bench.Hostile;

/// <summary>
/// The transport fuzz of the test suite, as long as asked, against a running API (loopback only):
/// prints every 500 and every request left unanswered, and the statuses seen.
/// </summary>
internal static class LongFuzz
{
    public static async Task<int> RunAsync(Uri url, int requests, int seed, int concurrency)
    {
        if (!url.IsLoopback)
        {
            Console.Error.WriteLine($"{url} is not a loopback address: fuzz only a server on this machine.");
            return 2;
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var fuzzer = new TransportFuzzer(seed);
        var gate = new object();
        var next = 0;
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = 0;
        Console.WriteLine($"Fuzzing {url} with {requests} requests, seed {seed}, {concurrency} at a time.");

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                HttpRequestMessage request;
                lock (gate)
                {
                    if (next++ >= requests)
                    {
                        return;
                    }

                    request = fuzzer.Next();
                }

                using (request)
                {
                    try
                    {
                        using var response = await client.SendAsync(request);
                        await response.Content.ReadAsByteArrayAsync();
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                        if ((int)response.StatusCode == 500)
                        {
                            Interlocked.Increment(ref failures);
                            Console.WriteLine("500 for " + await TransportFuzzer.DescribeAsync(request));
                        }
                    }
                    catch (HttpRequestException exception)
                    {
                        Interlocked.Increment(ref failures);
                        Console.WriteLine($"no answer ({exception.Message}) for {await TransportFuzzer.DescribeAsync(request)}");
                    }
                }
            }
        }));

        Console.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Console.WriteLine($"{failures} failures.");
        return failures == 0 ? 0 : 1;
    }
}
