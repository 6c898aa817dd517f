using System.Net;
using System.Net.Http.Headers;
using MineralGraph.Api.Tests.Mutations;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;

namespace MineralGraph.Api.Tests.Hostile;

/// <summary>Issue #12, finding 9: a wrong key was ignored when a valid one came in the other header.</summary>
[Collection(WritableApiCollection.Name)]
public sealed class ApiKeyPrecedenceTests(WritableApiFactory api)
{
    private const string ReadQuery = """{"query":"{ __typename }"}""";

    [Theory]
    [InlineData(WritableApiFactory.EditorKey, "wrong-key")]
    [InlineData("wrong-key", WritableApiFactory.EditorKey)]
    [InlineData(WritableApiFactory.EditorKey, WritableApiFactory.ReaderKey)]
    public async Task AKeyThatMatchesNothing_Or_TwoHoldersKeys_Get401_WhateverTheOtherHeaderHolds(string bearer, string apiKey)
    {
        using var request = Post(ReadQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Add("X-API-Key", apiKey);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"UNAUTHENTICATED\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSameValidKeyInBothHeaders_IsAccepted()
    {
        using var request = Post(ReadQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.EditorKey);
        request.Headers.Add("X-API-Key", WritableApiFactory.EditorKey);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
