using System.Diagnostics;
using System.Text.Json;

namespace MineralGraph.Api.Tests.Transport.GraphiQL;

/// <summary>
/// Loads a page in Debian's headless Chromium and returns the DOM after its scripts ran, and the
/// NetLog of every request the browser made. Host resolution is limited to 127.0.0.1, so a page
/// that depended on another origin could not render.
/// </summary>
public static class HeadlessChromium
{
    /// <param name="Dom">The document after the page's scripts ran.</param>
    /// <param name="Requests">Every request the browser started, with the origin that initiated it.</param>
    /// <param name="Log">What Chromium printed, console messages and CSP violations included.</param>
    public sealed record PageLoad(string Dom, IReadOnlyList<BrowserRequest> Requests, string Log);

    /// <param name="Initiator">The page origin for requests a page made; "not an origin" for the browser's own.</param>
    public sealed record BrowserRequest(string Url, string Initiator);

    public static async Task<PageLoad> LoadAsync(Uri url, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("mineralgraph-chromium-");
        try
        {
            var netLog = Path.Combine(profile.FullName, "netlog.json");
            var startInfo = new ProcessStartInfo("chromium")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
                "--disable-client-side-phishing-detection", "--disable-domain-reliability",
                "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter",
                $"--user-data-dir={profile.FullName}",
                $"--log-net-log={netLog}", "--net-log-capture-mode=Default",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=20000", "--dump-dom", url.ToString(),
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(startInfo) ?? throw new InvalidOperationException("chromium did not start.");
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new InvalidOperationException("Headless Chromium is not installed: run 'apt-get install -y chromium'.", exception);
            }

            using (process)
            {
                var dom = process.StandardOutput.ReadToEndAsync();
                var console = process.StandardError.ReadToEndAsync();
                using var cancellation = new CancellationTokenSource(timeout);
                try
                {
                    await process.WaitForExitAsync(cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"chromium did not render {url} within {timeout}.");
                }

                return new PageLoad(await dom, await ReadRequestsAsync(netLog), await console);
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<BrowserRequest>> ReadRequestsAsync(string netLogPath)
    {
        await using var stream = File.OpenRead(netLogPath);
        using var netLog = await JsonDocument.ParseAsync(stream);
        var startJob = netLog.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var requests = new List<BrowserRequest>();
        foreach (var logEvent in netLog.RootElement.GetProperty("events").EnumerateArray())
        {
            if (logEvent.GetProperty("type").GetInt32() == startJob
                && logEvent.TryGetProperty("params", out var parameters)
                && parameters.TryGetProperty("url", out var url))
            {
                requests.Add(new BrowserRequest(
                    url.GetString()!,
                    parameters.TryGetProperty("initiator", out var initiator) ? initiator.GetString()! : ""));
            }
        }

        return requests;
    }
}
