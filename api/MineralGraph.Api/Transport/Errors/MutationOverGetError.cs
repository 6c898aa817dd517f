using GraphQL.Validation;
using Microsoft.Net.Http.Headers;
using MineralGraph.Api.Errors;

namespace MineralGraph.Api.Transport.Errors;

/// <summary>
/// 405 for a mutation sent over GET: GET must stay safe, so links, prefetchers and caches can
/// never change data. Reported during validation so the document is parsed only once.
/// </summary>
public sealed class MutationOverGetError : ValidationError, IHttpStatusError
{
    public MutationOverGetError()
        : base("Mutations cannot be sent with GET: send this request with POST.")
    {
        Code = ErrorCodes.MethodNotAllowed;
    }

    public int StatusCode => StatusCodes.Status405MethodNotAllowed;

    public void AddHeaders(IHeaderDictionary headers) => headers[HeaderNames.Allow] = "POST";
}
