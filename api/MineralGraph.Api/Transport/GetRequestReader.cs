using GraphQL;
using MineralGraph.Api.Transport.Errors;

namespace MineralGraph.Api.Transport;

/// <summary>Reads a GET request: parameters in the query string, variables and extensions as JSON text.</summary>
internal sealed class GetRequestReader(IGraphQLTextSerializer serializer)
{
    public GraphQLHttpRequest Read(IQueryCollection parameters) => new(
        Single(parameters, RequestParameters.Query),
        RequestParameters.NullIfEmpty(Single(parameters, RequestParameters.DocumentId)),
        RequestParameters.NullIfEmpty(Single(parameters, RequestParameters.OperationName)),
        RequestParameters.ReadEncodedMap(Single(parameters, RequestParameters.Variables), RequestParameters.Variables, serializer),
        RequestParameters.ReadEncodedMap(Single(parameters, RequestParameters.Extensions), RequestParameters.Extensions, serializer),
        IsGet: true);

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidRequestError($"The query string has {values.Count} '{name}' parameters: send it once."),
        };
    }
}
