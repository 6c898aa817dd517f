using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// The built API (<c>dotnet MineralGraph.Api.dll</c>) as its own process on a free loopback
/// port, configured through environment variables the way a deployment is. Several of them
/// can share one SQLite file and one Redis, as instances behind a load balancer do. Its log
/// lines are kept for assertions.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public IReadOnlyCollection<string> LogLines => _log;

    /// <summary>Whether the process has ended, e.g. crashed.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The API's build output, in the configuration these tests were built in.</summary>
    public static string ApiAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var path = Path.Combine(RepositoryPaths.Root, "api", "MineralGraph.Api", "bin", configuration, "net10.0", "MineralGraph.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the API first (dotnet build -c {configuration}); {path} is missing.");
        }
    }

    /// <summary>Starts the API with these settings (configuration keys, e.g. <c>Cache:Redis</c>) and waits until /health answers.</summary>
    public static async Task<ApiProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var assembly = ApiAssembly;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly },
            // The content root, as with 'dotnet run': appsettings.json and wwwroot (GraphiQL) live there.
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "api", "MineralGraph.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Store:Sqlite:Path"] = databasePath,
            ["Store:SeedDirectory"] = RepositoryPaths.SeedData,
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await api.WaitUntilHealthyAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of this instance; with an API key, every request sends it as <c>Authorization: Bearer</c>.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} before answering:\n{string.Join('\n', _log)}");
            }

            try
            {
                using var response = await client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The API did not answer /health within {StartTimeout.TotalSeconds} s:\n{string.Join('\n', _log)}");
            }

            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
