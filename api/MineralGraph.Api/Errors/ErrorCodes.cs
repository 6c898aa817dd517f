namespace MineralGraph.Api.Errors;

/// <summary>
/// Every error code MineralGraph puts in <c>errors[].extensions.code</c>, in one place, so
/// clients can switch on them and the README can list them.
/// </summary>
public static class ErrorCodes
{
    // Transport (GraphQL over HTTP)
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidJson = "INVALID_JSON";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    // Live transports (WebSocket, Server-Sent Events)
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";
    public const string StreamNotFound = "STREAM_NOT_FOUND";
    public const string OperationExists = "OPERATION_EXISTS";

    // Persisted documents: the Apollo protocol's codes (automatic persisted queries) and Apollo
    // Router's (safelisting), since clients and gateways already switch on them.
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryVersionNotSupported = "PERSISTED_QUERY_VERSION_NOT_SUPPORTED";
    public const string PersistedQueryNotInList = "PERSISTED_QUERY_NOT_IN_LIST";
    public const string QueryNotInSafelist = "QUERY_NOT_IN_SAFELIST";

    // Authentication and authorization
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    // Limits
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string ListSizeExceeded = "LIST_SIZE_EXCEEDED";
    public const string DepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string ComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string Timeout = "TIMEOUT";
    public const string TraversalTooLarge = "TRAVERSAL_TOO_LARGE";
    public const string MaxHopsExceeded = "MAX_HOPS_EXCEEDED";

    // Arguments
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    // Store
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
