using GraphQL;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// A request the transport refused before GraphQL saw it. It is still answered as a GraphQL
/// response (<c>{"errors":[…]}</c>) so clients parse every failure the same way.
/// </summary>
public abstract class TransportError : ExecutionError, IHttpStatusError
{
    protected TransportError(string message, string code, int statusCode)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public int StatusCode { get; }

    public virtual void AddHeaders(IHeaderDictionary headers)
    {
    }
}
