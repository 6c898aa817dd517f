namespace MineralGraph.Api.Transport;

/// <summary>
/// The two media types a GraphQL-over-HTTP response may have. They carry the same JSON; they
/// differ in status codes: with <c>application/json</c> every well-formed request gets 200,
/// with <c>application/graphql-response+json</c> a request that never executed gets a 4xx.
/// </summary>
public sealed class ResponseMediaType
{
    public static readonly ResponseMediaType GraphQLResponseJson = new("application/graphql-response+json");

    public static readonly ResponseMediaType Json = new("application/json");

    private ResponseMediaType(string mediaType)
    {
        MediaType = mediaType;
        ContentType = mediaType + "; charset=utf-8";
    }

    public string MediaType { get; }

    public string ContentType { get; }

    public override string ToString() => MediaType;
}
