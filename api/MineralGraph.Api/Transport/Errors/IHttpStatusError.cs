namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// An error that decides the HTTP status of the response it appears in, whatever media type
/// the client accepted, and may add the headers that status calls for (e.g. <c>Allow</c>).
/// </summary>
public interface IHttpStatusError
{
    int StatusCode { get; }

    void AddHeaders(IHeaderDictionary headers)
    {
    }
}
