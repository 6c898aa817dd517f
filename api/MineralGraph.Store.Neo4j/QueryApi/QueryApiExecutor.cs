using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// <see cref="ICypherExecutor"/> over Neo4j's HTTP Query API v2 (<c>POST /db/{db}/query/v2</c>,
/// Neo4j 5.19+; the store's CALL () subqueries need 5.23+; Aura): typed JSON both ways, bookmarks carried from each response to the next
/// request, explicit transactions for multi-statement writes, and bounded retries with backoff
/// on transient errors.
/// </summary>
public sealed class QueryApiExecutor : ICypherExecutor
{
    internal const string TypedJson = "application/vnd.neo4j.query";
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly QueryApiFailures _failures;
    private readonly BookmarkChain _bookmarks = new();
    private readonly string _queryPath;

    /// <param name="http">A long-lived client; <see cref="CreateHttpClient"/> makes a pooled one.</param>
    public QueryApiExecutor(HttpClient http, Neo4jStoreOptions options)
    {
        _http = http;
        _options = options;
        _failures = new QueryApiFailures(options);
        _authorization = CreateAuthorization(options);
        var root = options.Uri ?? throw new GraphStoreException(StoreErrorKind.Unavailable, "Store:Neo4j:Uri is not set; set it to the server's HTTP endpoint, e.g. http://localhost:7474.");
        _queryPath = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2").AbsoluteUri;
    }

    /// <summary>
    /// A client for the life of the process: pooled connections that are replaced every few
    /// minutes so DNS changes (cluster members, Aura) are picked up. Timeouts are per request.
    /// </summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    internal string QueryPath => _queryPath;

    public async Task<CypherResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (response, _) = await SendAsync(HttpMethod.Post, _queryPath, statement, mode, affinity: null, cancellationToken);
                return response.Result;
            }
            catch (TransientNeo4jException exception)
            {
                await BackOffAsync(exception, attempt, cancellationToken);
            }
        }
    }

    public async Task<T> WriteTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var transaction = new QueryApiTransaction(this);
            try
            {
                var result = await work(transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (TransientNeo4jException exception)
            {
                await transaction.RollBackAsync();
                await BackOffAsync(exception, attempt, cancellationToken);
            }
            catch
            {
                await transaction.RollBackAsync();
                throw;
            }
        }
    }

    /// <summary>Waits before the next attempt, or gives up with the last transient error when attempts are spent.</summary>
    private async Task BackOffAsync(TransientNeo4jException exception, int attempt, CancellationToken cancellationToken)
    {
        if (attempt >= _options.MaxAttempts)
        {
            throw _failures.RetriesExhausted(exception, attempt);
        }

        await Task.Delay(RetryDelays.For(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay), cancellationToken);
    }

    /// <summary>
    /// Sends one request and parses its body as it streams in. Bookmarks are sent with requests
    /// that start a transaction, and advanced from the responses of writes and commits.
    /// </summary>
    internal async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, CypherStatement? statement, AccessMode? mode, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = _authorization;
        if (!string.IsNullOrEmpty(affinity))
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (method != HttpMethod.Delete)
        {
            request.Content = CreateBody(statement, mode);
        }

        HttpResponseMessage? response = null;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var parsed = await ReadBodyAsync(response, timeout.Token);
            if (!response.IsSuccessStatusCode || parsed.Errors.Count > 0)
            {
                throw _failures.FromResponse(response.StatusCode, parsed.Errors);
            }

            // Only writes and commits move the chain: a read that finishes late must not send it back.
            if (mode != AccessMode.Read)
            {
                _bookmarks.Advance(parsed.Bookmarks);
            }

            var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (parsed, returnedAffinity ?? affinity);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw _failures.TimedOut(exception);
        }
        catch (HttpRequestException exception)
        {
            throw _failures.Unreachable(exception);
        }
        finally
        {
            response?.Dispose();
        }
    }

    private async Task<QueryApiResponse> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return QueryApiResponse.Empty;
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            return await TypedJsonReader.ReadAsync(body, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            if (!response.IsSuccessStatusCode)
            {
                // An error page (a proxy, a wrong port) still says what went wrong through its status.
                return QueryApiResponse.Empty;
            }

            throw _failures.Unreadable(exception, response.StatusCode);
        }
    }

    /// <summary>The JSON body. A request with an access mode starts a transaction, so it also carries the bookmarks.</summary>
    private ReadOnlyMemoryContent CreateBody(CypherStatement? statement, AccessMode? mode)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonWriter.WriteRequest(writer, statement, mode, mode is null ? [] : _bookmarks.Latest);
        }

        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        return content;
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.Token))
        {
            return new AuthenticationHeaderValue("Bearer", options.Token);
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }

        return null;
    }
}
