using System.Net;
using System.Net.Sockets;
using System.Text;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Transport;

public sealed class PostTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Post_QueryWithoutAccept_Returns200JsonWithData()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}"""));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, world"}}""");
    }

    [Fact]
    public async Task Post_VariablesAndOperationName_ExecutesTheNamedOperationWithTheVariables()
    {
        const string body = """{"query":"query A { a: hello } query B($name: String) { b: hello(name: $name) }","operationName":"B","variables":{"name":"Nd"},"extensions":{"trace":true}}""";

        using var response = await _client.SendAsync(Post(body, GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"b":"Hello, Nd"}}""");
    }

    [Fact]
    public async Task Post_NullOptionalParameters_AreTreatedAsAbsent()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""", GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"hello":"Hello, world"}}""");
    }

    [Fact]
    public async Task Post_Mutation_ExecutesIt()
    {
        using var response = await _client.SendAsync(Post("""{"query":"mutation { increment }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("""^\{"data":\{"increment":\d+\}\}$""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.OK)]
    public async Task Post_FieldError_KeepsDataAndReturns200ForEitherMediaType(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello failing }"}""", accept));

        await response.AssertGraphQLResponseAsync(status, accept,
            """{"errors":[{"message":"This field always fails.","locations":[{"line":1,"column":9}],"path":["failing"],"extensions":{"code":"TEST_FAILURE","codes":["TEST_FAILURE"]}}],"data":{"hello":"Hello, world","failing":null}}""");
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Post_DocumentThatDoesNotParse_Returns400OnlyForGraphQLResponseJson(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{"}""", accept));

        await response.AssertGraphQLResponseAsync(status, accept,
            """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":2}],"extensions":{"code":"SYNTAX_ERROR","codes":["SYNTAX_ERROR"]}}]}""");
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Post_DocumentThatFailsValidation_Returns400OnlyForGraphQLResponseJson(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ nope }"}""", accept));

        await response.AssertGraphQLResponseAsync(status, accept,
            """{"errors":[{"message":"Cannot query field \u0027nope\u0027 on type \u0027Query\u0027.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","codes":["FIELDS_ON_CORRECT_TYPE"],"number":"5.3.1"}}]}""");
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Post_VariableThatDoesNotCoerce_Returns400OnlyForGraphQLResponseJson(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(Post("""{"query":"query ($name: String!) { hello(name: $name) }","variables":{"name":null}}""", accept));

        await response.AssertGraphQLResponseAsync(status, accept,
            """{"errors":[{"message":"Variable \u0027$name\u0027 is invalid. Received a null input for a non-null variable.","locations":[{"line":1,"column":8}],"extensions":{"code":"INVALID_VALUE","codes":["INVALID_VALUE"],"number":"5.8"}}]}""");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_BodyThatIsNotUtf8Json_Returns415(string? contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}""", GraphQLResponseJson, contentType));

        var message = contentType is null
            ? "The request has no Content-Type: send the body as JSON with \u0027Content-Type: application/json\u0027."
            : $"The Content-Type \u0027{contentType}\u0027 is not supported: send the body as UTF-8 JSON with \u0027Content-Type: application/json\u0027.";
        await response.AssertGraphQLResponseAsync(HttpStatusCode.UnsupportedMediaType, GraphQLResponseJson,
            $$$"""{"errors":[{"message":{{{Quote(message)}}},"extensions":{"code":"UNSUPPORTED_MEDIA_TYPE","codes":["UNSUPPORTED_MEDIA_TYPE"]}}]}""");
    }

    [Fact]
    public async Task Post_JsonWithUtf8Charset_IsAccepted()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello(name: \"Dy🧲\") }"}""", Json, "application/json; charset=UTF-8"));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"hello":"Hello, Dy\uD83E\uDDF2"}}""");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Post_MalformedJson_Returns400InvalidJsonForEitherMediaType(string accept)
    {
        using var response = await _client.SendAsync(Post("""{ "not a JSON""", accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"errors":[{"message":"The request body is not valid JSON (""", body);
        Assert.EndsWith("""): send a well-formed UTF-8 JSON value.","extensions":{"code":"INVALID_JSON","codes":["INVALID_JSON"]}}]}""", body);
    }

    [Fact]
    public async Task Post_EmptyBody_Returns400SayingWhatToSend()
    {
        using var response = await _client.SendAsync(Post("", GraphQLResponseJson));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The request body is empty: send a JSON object such as {\u0022query\u0022: \u0022{ __typename }\u0022}.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Fact]
    public async Task Post_MalformedChunkedBody_Returns400()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(fixture.Server.BaseAddress.Host, fixture.Server.BaseAddress.Port);
        var stream = socket.GetStream();
        var request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nnot-a-chunk-size\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", response);
        Assert.Contains("\"code\":\"BAD_REQUEST\"", response);
        Assert.Contains("The request body could not be read (", response);
    }

    [Theory]
    [InlineData("""["query"]""")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Post_BodyThatIsNotAnObject_Returns400(string body)
    {
        using var response = await _client.SendAsync(Post(body));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The request body must be a JSON object such as {\u0022query\u0022: \u0022{ __typename }\u0022}.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }

    [Theory]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    public async Task Post_WithoutQuery_Returns400(string body)
    {
        using var response = await _client.SendAsync(Post(body, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("""^\{"errors":\[\{"message":"The request has no \\u0027query\\u0027 (property|value): send the GraphQL document as a string, e\.g\. .*","extensions":\{"code":"BAD_REQUEST","codes":\["BAD_REQUEST"\]\}\}\]\}$""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("query", """{"obj":"ect"}""", "a string", "an object")]
    [InlineData("query", "0", "a string", "a number")]
    [InlineData("query", "false", "a string", "a boolean")]
    [InlineData("query", """["array"]""", "a string", "an array")]
    [InlineData("operationName", "0", "a string or null", "a number")]
    [InlineData("operationName", """{"obj":"ect"}""", "a string or null", "an object")]
    [InlineData("variables", "\"string\"", "a JSON object or null", "a string")]
    [InlineData("variables", """["array"]""", "a JSON object or null", "an array")]
    [InlineData("extensions", "false", "a JSON object or null", "a boolean")]
    [InlineData("extensions", "0", "a JSON object or null", "a number")]
    public async Task Post_ParameterOfTheWrongType_Returns400NamingTheParameter(string parameter, string value, string expected, string actual)
    {
        var query = parameter == "query" ? value : "\"{ hello }\"";
        var body = parameter == "query" ? $$"""{"query":{{value}}}""" : $$"""{"query":{{query}},"{{parameter}}":{{value}}}""";

        using var response = await _client.SendAsync(Post(body));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"The \u0027{{{parameter}}}\u0027 parameter must be {{{expected}}}, not {{{actual}}}.","extensions":{"code":"BAD_REQUEST","codes":["BAD_REQUEST"]}}]}""");
    }
}
