using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class GetTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Get_Query_Returns200JsonWithData()
    {
        using var response = await _client.SendAsync(Get("query=" + Encode("{ hello }")));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }

    [Fact]
    public async Task Get_VariablesOperationNameAndExtensions_ExecutesTheNamedOperationWithTheVariables()
    {
        var queryString = "query=" + Encode("query A { a: hello } query B($name: String) { b: hello(name: $name) }")
            + "&operationName=B&variables=" + Encode("""{"name":"Tb"}""") + "&extensions=" + Encode("""{"trace":true}""");

        using var response = await _client.SendAsync(Get(queryString, GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"b":"Hello, Tb"}}""");
    }

    [Fact]
    public async Task Get_EmptyOptionalParameters_AreTreatedAsAbsent()
    {
        using var response = await _client.SendAsync(Get("query=" + Encode("{ hello }") + "&operationName=&variables=&extensions="));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Get_Mutation_Returns405WithAllowPostAndDoesNotRunIt(string accept)
    {
        var counter = fixture.Server.Services.GetRequiredService<MutationCounter>();
        var before = counter.Count;

        using var response = await _client.SendAsync(Get("query=" + Encode("mutation { increment }"), accept));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.MethodNotAllowed, accept,
            """{"errors":[{"message":"Mutations cannot be sent with GET: send this request with POST.","extensions":{"code":"METHOD_NOT_ALLOWED","codes":["METHOD_NOT_ALLOWED"]}}]}""");
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal(before, counter.Count);
    }

    [Fact]
    public async Task Get_DocumentWithAMutationButAQuerySelected_ExecutesTheQuery()
    {
        var queryString = "query=" + Encode("query Q { hello } mutation M { increment }") + "&operationName=Q";

        using var response = await _client.SendAsync(Get(queryString));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }

    [Fact]
    public async Task Get_WithoutQuery_Returns400SayingWhatToSend()
    {
        using var response = await _client.SendAsync(Get("operationName=Q", GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The request has no \u0027query\u0027 query-string parameter: send the GraphQL document as a string, e.g. {\u0022query\u0022: \u0022{ __typename }\u0022}.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Fact]
    public async Task Get_RepeatedQuery_Returns400()
    {
        using var response = await _client.SendAsync(Get("query=" + Encode("{ hello }") + "&query=" + Encode("{ hello }")));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The query string has 2 \u0027query\u0027 parameters: send it once.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Fact]
    public async Task Get_VariablesThatAreNotJson_Returns400InvalidJson()
    {
        using var response = await _client.SendAsync(Get("query=" + Encode("{ hello }") + "&variables=" + Encode("{name:")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"errors":[{"message":"The \u0027variables\u0027 parameter is not valid JSON (""", body);
        Assert.EndsWith("""): send a well-formed UTF-8 JSON value.","extensions":{"code":"INVALID_JSON","codes":["INVALID_JSON"]}}]}""", body);
    }

    [Theory]
    [InlineData("variables", """["Nd"]""", "an array")]
    [InlineData("extensions", "42", "a number")]
    public async Task Get_MapParameterThatIsNotAnObject_Returns400(string parameter, string json, string actual)
    {
        using var response = await _client.SendAsync(Get("query=" + Encode("{ hello }") + $"&{parameter}=" + Encode(json)));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"The \u0027{{{parameter}}}\u0027 parameter must be a JSON object or null, not {{{actual}}}.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }
}
