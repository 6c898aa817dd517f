using GraphQL;

namespace MineralGraph.Api.Transport;

/// <summary>The GraphQL request parameters read from a GET query string or a POST body.</summary>
internal sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    bool IsGet);
