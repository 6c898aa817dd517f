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
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";

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

    // Document bounds, checked before validation: graphql-armor's names where it has one.
    public const string TokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string NodesExceeded = "MAX_NODES_EXCEEDED";
    public const string FieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string AliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string DirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string FragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string IntrospectionDepthExceeded = "MAX_INTROSPECTION_DEPTH_EXCEEDED";

    // GraphQL.NET's own codes for what this API reimplements (linear rules, syntax errors the parser fails to describe), kept for clients that switch on them.
    public const string FragmentCycle = "NO_FRAGMENT_CYCLES";
    public const string FieldsConflict = "OVERLAPPING_FIELDS_CAN_BE_MERGED";
    public const string SyntaxError = "SYNTAX_ERROR";

    // Response bounds
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    // Arguments
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    // Store
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    // Anything else that failed inside the server; the log has the details.
    public const string InternalError = "INTERNAL_ERROR";
}
