namespace MineralGraph.Api.Transport;

/// <summary>
/// How the GraphQL-over-HTTP endpoint accepts requests; bound from the <c>GraphQL:Http</c>
/// configuration section and validated at start.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL:Http";

    /// <summary>The one path that answers GET and POST.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// Largest POST body read, in bytes; larger bodies get 413. Queries are text, so 100 KB
    /// leaves room for big variables while keeping a hostile client from filling memory.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// How long one request may take, from reading its body through parsing, validation and
    /// execution, before it is cancelled and answered with TIMEOUT.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most errors one response lists; the rest are counted in a last error with code TOO_MANY_ERRORS.</summary>
    public int MaxErrors { get; set; } = 50;

    /// <summary>Largest response body, in bytes; a larger answer is replaced by a RESPONSE_TOO_LARGE error.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Origins (scheme, host and port) a browser may call from; empty means same-origin only.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Request headers a cross-origin frontend may send, besides those always allowed: what a
    /// GraphQL client sends (<c>Content-Type</c>, <c>Accept</c>, <c>If-None-Match</c>), the API
    /// key (<c>Authorization</c>, <c>X-API-Key</c>), W3C trace context (<c>traceparent</c>,
    /// <c>tracestate</c>, <c>baggage</c>) and Apollo Client's (<c>apollographql-client-name</c>,
    /// <c>apollographql-client-version</c>, <c>apollo-require-preflight</c>,
    /// <c>x-apollo-operation-name</c>).
    /// </summary>
    public string[] AllowedHeaders { get; set; } = [];

    /// <summary>
    /// Response headers a cross-origin frontend may read, beyond the CORS-safelisted ones and
    /// <c>ETag</c> and <c>X-Cache</c>, which are always exposed.
    /// </summary>
    public string[] ExposedHeaders { get; set; } = [];

    /// <summary>Whether cross-origin requests may carry cookies or HTTP authentication.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
