using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Mutations;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;

namespace MineralGraph.Api.Tests.Auth;

[Collection(WritableApiCollection.Name)]
public sealed class ApiKeyAuthenticationTests(WritableApiFactory api)
{
    private const string CreateCompany = """{"query":"mutation { createCompany(input: { name: \"Auth Test Co\", sources: [\"source:inn-ree-producers-2024\"] }) { id } }"}""";
    private const string ReadQuery = """{"query":"{ node(id: \"mine:mount-weld\") { id } }"}""";

    private static readonly string NeedsEditorKey = Quote("Mutations need an API key with the 'editor' role: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");

    [Fact]
    public async Task Mutation_WithoutKey_Returns401Unauthenticated_AndWritesNothing()
    {
        var revision = await api.GraphStore.GetRevisionAsync(CancellationToken.None);
        using var request = Post(CreateCompany);

        using var response = await api.CreateClient().SendAsync(request);

        await response.AssertGraphQLResponseAsync(HttpStatusCode.Unauthorized, Json,
            $$$"""{"errors":[{"message":{{{NeedsEditorKey}}},"extensions":{"code":"UNAUTHENTICATED","codes":["UNAUTHENTICATED"]}}]}""");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(revision, await api.GraphStore.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Mutation_WithReaderKey_Returns403Forbidden_AndWritesNothing()
    {
        var revision = await api.GraphStore.GetRevisionAsync(CancellationToken.None);
        using var request = Post(CreateCompany, accept: GraphQLResponseJson);

        using var response = await api.CreateClient(WritableApiFactory.ReaderKey).SendAsync(request);

        var message = Quote("The API key 'test-reader' may read but not run mutations: use a key with the 'editor' role, or ask for this key's role to be changed.");
        await response.AssertGraphQLResponseAsync(HttpStatusCode.Forbidden, GraphQLResponseJson,
            $$$"""{"errors":[{"message":{{{message}}},"extensions":{"code":"FORBIDDEN","codes":["FORBIDDEN"]}}]}""");
        Assert.Equal(revision, await api.GraphStore.GetRevisionAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(CreateCompany)]
    [InlineData(ReadQuery)]
    public async Task AnyOperation_WithUnknownKey_Returns401Unauthenticated(string body)
    {
        using var request = Post(body);

        using var response = await api.CreateClient("not-a-configured-key").SendAsync(request);

        var message = Quote("The API key in the Authorization header is not valid: check it for typos or truncation, or ask for a new key; send no key to read anonymously.");
        await response.AssertGraphQLResponseAsync(HttpStatusCode.Unauthorized, Json,
            $$$"""{"errors":[{"message":{{{message}}},"extensions":{"code":"UNAUTHENTICATED","codes":["UNAUTHENTICATED"]}}]}""");
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Query_WithoutKey_Or_WithReaderKey_Succeeds()
    {
        foreach (var client in new[] { api.CreateClient(), api.CreateClient(WritableApiFactory.ReaderKey) })
        {
            using var request = Post(ReadQuery);

            using var response = await client.SendAsync(request);

            await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"node":{"id":"mine:mount-weld"}}}""");
        }
    }

    [Fact]
    public async Task Mutation_WithEditorKeyInXApiKeyHeader_Runs()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", WritableApiFactory.EditorKey);
        using var request = Post("""{"query":"mutation { createCompany(input: { name: \"Header Key Test Co\", sources: [\"source:inn-ree-producers-2024\"] }) { id } }"}""");

        using var response = await client.SendAsync(request);

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"createCompany":{"id":"company:header-key-test-co"}}}""");
    }

    [Fact]
    public async Task MutationInAFragment_WithoutKey_Returns401()
    {
        using var request = Post("""{"query":"mutation { ...Write } fragment Write on Mutation { deleteNode(id: \"mine:mount-weld\", detach: true) { id } }"}""");

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"UNAUTHENTICATED\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MutationSelectingOnlyTypename_WithoutKey_Runs()
    {
        using var request = Post("""{"query":"mutation { __typename }"}""");

        using var response = await api.CreateClient().SendAsync(request);

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, """{"data":{"__typename":"Mutation"}}""");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(WritableApiFactory.EditorKey)]
    public async Task Mutation_OverGet_Returns405WhateverTheKey(string? key)
    {
        using var request = Get("query=" + Encode("mutation { deleteNode(id: \"mine:mount-weld\") { id } }"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await api.CreateClient().SendAsync(request);

        await response.AssertGraphQLResponseAsync(HttpStatusCode.MethodNotAllowed, Json,
            """{"errors":[{"message":"Mutations cannot be sent with GET: send this request with POST.","extensions":{"code":"METHOD_NOT_ALLOWED","codes":["METHOD_NOT_ALLOWED"]}}]}""");
    }

    [Fact]
    public async Task EditorKey_AuthenticatesAsAPrincipalNamedAfterTheKey_WithItsRole()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = "Bearer " + WritableApiFactory.EditorKey;

        var result = await context.AuthenticateAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("test-editor", result.Principal!.Identity!.Name);
        Assert.Equal("ApiKey", result.Principal.Identity.AuthenticationType);
        Assert.True(result.Principal.IsInRole("editor"));
    }
}
