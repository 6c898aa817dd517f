using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MineralGraph.Api.Tests.Transport.Hosting;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>
/// tests/live/live-client.mjs in a node process: the npm graphql-ws and graphql-sse clients (or a
/// bare WebSocket) talking to a running API, reporting each thing they see as a JSON line.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _inputPath;
    private readonly Channel<JsonObject> _lines = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _errors = new();
    private readonly List<JsonObject> _seen = [];

    private LiveClient(Process process, string inputPath)
    {
        _process = process;
        _inputPath = inputPath;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else if (line.Data.Length > 0)
            {
                _lines.Writer.TryWrite(JsonNode.Parse(line.Data)!.AsObject());
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the client reported so far, in order.</summary>
    public IReadOnlyList<JsonObject> Seen => _seen;

    /// <summary>The graphql-ws client: connection_init (with the key), then the operations, by index.</summary>
    public static LiveClient WebSocket(Uri graphQL, LiveRequest request) => Start("ws", graphQL, request);

    /// <summary>The graphql-sse client, in distinct connections mode or, with <see cref="LiveRequest.Single"/>, single connection mode.</summary>
    public static LiveClient EventStream(Uri graphQL, LiveRequest request) => Start("sse", graphQL, request);

    /// <summary>A bare WebSocket with the graphql-transport-ws subprotocol (or <paramref name="protocol"/>), sending these steps: {"send": message}, {"sendText": text}, {"sendBinary": text}, {"wait": ms}.</summary>
    public static LiveClient Raw(Uri graphQL, object[] steps, string protocol = "graphql-transport-ws") =>
        Start("raw", graphQL, new { protocol, steps });

    /// <summary>The next line the client reports.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            var line = await _lines.Reader.ReadAsync(timeout.Token);
            _seen.Add(line);
            return line;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"The live client reported nothing more within {(wait ?? DefaultWait).TotalSeconds} s. So far:\n{Describe()}", exception);
        }
    }

    /// <summary>Reads lines until one has this <c>event</c>, returning it.</summary>
    public async Task<JsonObject> NextEventAsync(string name, TimeSpan? wait = null)
    {
        while (true)
        {
            var line = await NextAsync(wait);
            if (line["event"]?.GetValue<string>() == name)
            {
                return line;
            }
        }
    }

    /// <summary>Every line until the client exits.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadToEndAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token))
            {
                _seen.Add(line);
            }
        }
        catch (OperationCanceledException exception)
        {
            throw new TimeoutException($"The live client did not finish within {(wait ?? DefaultWait).TotalSeconds} s. So far:\n{Describe()}", exception);
        }

        return _seen;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        File.Delete(_inputPath);
    }

    private static LiveClient Start(string mode, Uri graphQL, object input)
    {
        var script = RepositoryRoot.Combine("tests", "live", "live-client.mjs");
        if (!Directory.Exists(RepositoryRoot.Combine("tests", "live", "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException("The live clients are not installed: run 'npm ci --prefix tests/live' from the repository root (tests/run does).");
        }

        var inputPath = Path.Combine(Path.GetTempPath(), $"mineralgraph-live-{Guid.NewGuid():N}.json");
        File.WriteAllText(inputPath, JsonSerializer.Serialize(input, JsonSerializerOptions.Web));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { script, mode, graphQL.ToString(), inputPath },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node: install Node.js 20 or later.");
        return new LiveClient(process, inputPath);
    }

    private string Describe()
    {
        lock (_errors)
        {
            return string.Join('\n', _seen.Select(l => l.ToJsonString())) + (_errors.Length > 0 ? "\nstderr:\n" + _errors : "");
        }
    }
}
