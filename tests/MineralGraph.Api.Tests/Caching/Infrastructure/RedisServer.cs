using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>
/// A real redis-server for tests: started as a child process on a free loopback port with no
/// persistence, or, for <see cref="Shared"/>, the server MINERALGRAPH_TEST_REDIS names
/// (host:port) when set. Dedicated servers can be stopped, started again on the same port,
/// flushed and paused; failure tests always use a dedicated one.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "MINERALGRAPH_TEST_REDIS";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly bool _owned;
    private Process? _process;

    private RedisServer(string host, int port, bool owned)
    {
        Host = host;
        Port = port;
        _owned = owned;
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for Cache:Redis.</summary>
    public string Configuration => $"{Host}:{Port}";

    /// <summary>The server named by MINERALGRAPH_TEST_REDIS, or a dedicated one when it is not set.</summary>
    public static async Task<RedisServer> SharedAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return await StartDedicatedAsync();
        }

        var separator = configured.LastIndexOf(':');
        return new RedisServer(configured[..separator], int.Parse(configured[(separator + 1)..]), owned: false);
    }

    public static async Task<RedisServer> StartDedicatedAsync()
    {
        var server = new RedisServer("127.0.0.1", FreePort(), owned: true);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        EnsureOwned();
        if (_process is { HasExited: false })
        {
            return;
        }

        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", Host, "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start; install it (Debian package redis-server).");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await PingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not answer on {Configuration} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        EnsureOwned();
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public async Task FlushAllAsync()
    {
        await using var admin = await AdminAsync();
        await admin.GetServer(Host, Port).FlushAllDatabasesAsync();
    }

    /// <summary>Makes the server stop answering every client for a while (CLIENT PAUSE … ALL), as a slow Redis would.</summary>
    public async Task PauseAsync(TimeSpan duration)
    {
        EnsureOwned();
        await using var admin = await AdminAsync();
        await admin.GetServer(Host, Port).ExecuteAsync("CLIENT", "PAUSE", (long)duration.TotalMilliseconds, "ALL");
    }

    /// <summary>Makes the server refuse PUBLISH (NOPERM) to every client, or take it again, leaving their connections and subscriptions up.</summary>
    public async Task SetPublishAllowedAsync(bool allowed)
    {
        EnsureOwned();
        await using var admin = await AdminAsync();
        await admin.GetServer(Host, Port).ExecuteAsync("ACL", "SETUSER", "default", allowed ? "+publish" : "-publish");
    }

    public async Task<long> KeyCountAsync()
    {
        await using var admin = await AdminAsync();
        return await admin.GetServer(Host, Port).DatabaseSizeAsync();
    }

    /// <summary>How many keys start with this prefix.</summary>
    public async Task<int> KeyCountAsync(string prefix)
    {
        await using var admin = await AdminAsync();
        var count = 0;
        await foreach (var _ in admin.GetServer(Host, Port).KeysAsync(pattern: prefix + "*"))
        {
            count++;
        }

        return count;
    }

    /// <summary>How many clients are subscribed to the pub/sub channel (PUBSUB NUMSUB).</summary>
    public async Task<long> ChannelSubscribersAsync(string channel)
    {
        await using var admin = await AdminAsync();
        var reply = (RedisResult[])(await admin.GetServer(Host, Port).ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
        return (long)reply[1];
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await StopAsync();
        }
    }

    private async Task<ConnectionMultiplexer> AdminAsync() =>
        await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { { Host, Port } },
            AllowAdmin = true,
            ConnectTimeout = 5000,
        });

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Parse(Host), Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private void EnsureOwned()
    {
        if (!_owned)
        {
            throw new InvalidOperationException($"The Redis server at {Configuration} is shared ({EnvironmentVariable}); failure tests must start a dedicated one with StartDedicatedAsync.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
