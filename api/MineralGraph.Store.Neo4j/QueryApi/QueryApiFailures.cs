using System.Net;
using MineralGraph.Store.Neo4j.Execution;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Turns Query API failures into the port's exceptions, with messages that say what to change.</summary>
internal sealed class QueryApiFailures(Neo4jStoreOptions options)
{
    private string Server => options.Uri?.GetLeftPart(UriPartial.Authority) ?? "(no Store:Neo4j:Uri)";

    /// <summary>The exception for a response that failed: transient ones are retried, the rest are final.</summary>
    public Exception FromResponse(HttpStatusCode status, IReadOnlyList<QueryApiError> errors)
    {
        var error = errors.Count > 0 ? errors[0] : null;
        if (error is { IsTransient: true } || (error is null && status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests))
        {
            return new TransientNeo4jException(error?.Code ?? $"HTTP {(int)status}", error?.Message ?? $"Neo4j answered HTTP {(int)status}.");
        }

        return status switch
        {
            HttpStatusCode.Unauthorized => new GraphStoreException(StoreErrorKind.Unavailable,
                $"Neo4j at {Server} refused the credentials{Describe(error)}; check Store:Neo4j:User and Store:Neo4j:Password, or Store:Neo4j:Token."),
            HttpStatusCode.Forbidden => new GraphStoreException(StoreErrorKind.Unavailable,
                $"Neo4j at {Server} does not allow this user to run the statement{Describe(error)}; grant the user access to database '{options.Database}'."),
            _ when error?.Code == "Neo.ClientError.Database.DatabaseNotFound" || (status == HttpStatusCode.NotFound && error?.Code.Contains("Transaction", StringComparison.Ordinal) != true) =>
                new GraphStoreException(StoreErrorKind.Unavailable,
                    $"Neo4j at {Server} has no database '{options.Database}'{Describe(error)}; set Store:Neo4j:Database to one that SHOW DATABASES lists, or create it."),
            _ when error is not null => FromError(error),
            _ => new GraphStoreException(StoreErrorKind.Unavailable,
                $"Neo4j at {Server} answered HTTP {(int)status} without an error code; check that Store:Neo4j:Uri points at the HTTP port of a Neo4j 5.23+ server."),
        };
    }

    public GraphStoreException RetriesExhausted(TransientNeo4jException last, int attempts) => new(StoreErrorKind.Unavailable,
        $"Neo4j kept failing with a transient error after {attempts} attempts ({last.Code}: {last.Message}); retry later, or raise Store:Neo4j:MaxAttempts.", last);

    public GraphStoreException Unreachable(HttpRequestException exception) => new(StoreErrorKind.Unavailable,
        $"Neo4j at {Server} cannot be reached ({exception.Message}); check Store:Neo4j:Uri and that the server is running.", exception);

    public GraphStoreException TimedOut(Exception exception) => new(StoreErrorKind.Timeout,
        $"Neo4j at {Server} did not answer within {options.RequestTimeout.TotalSeconds:0.#} s; narrow the request, or raise Store:Neo4j:RequestTimeout.", exception);

    public GraphStoreException Unreadable(Exception exception, HttpStatusCode status) => new(StoreErrorKind.Unavailable,
        $"Neo4j at {Server} answered HTTP {(int)status} with a body that is not Query API JSON ({exception.Message}); check that Store:Neo4j:Uri points at the HTTP port of a Neo4j 5.23+ server.", exception);

    private static GraphStoreException FromError(QueryApiError error)
    {
        var kind = error.Code switch
        {
            _ when error.Code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal) => StoreErrorKind.Timeout,
            _ when error.Code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) => StoreErrorKind.InvalidData,
            _ when error.Code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) => StoreErrorKind.InvalidData,
            _ => StoreErrorKind.Unavailable,
        };
        var advice = kind switch
        {
            StoreErrorKind.Timeout => "narrow the request, or raise the server's db.transaction.timeout",
            StoreErrorKind.InvalidData => "fix the data or the request it names",
            _ => "see the Neo4j server log",
        };
        return new GraphStoreException(kind, $"Neo4j rejected the statement ({error.Code}): {error.Message}; {advice}.");
    }

    private static string Describe(QueryApiError? error) => error is null ? "" : $" ({error.Code}: {error.Message})";
}
