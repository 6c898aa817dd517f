using System.Net;
using MineralGraph.Api.Tests.Caching.Infrastructure;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.GraphQLRequests;

namespace MineralGraph.Api.Tests.Transport;

public sealed class CorsTests(TransportServerFixture fixture) : IClassFixture<TransportServerFixture>
{
    private const string Origin = TransportServerFixture.FrontendOrigin;

    [Fact]
    public async Task Preflight_FromAllowedOrigin_Returns204AllowingPostWithJson()
    {
        using var request = Preflight(Origin);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal(
            "Content-Type,Accept,If-None-Match,Authorization,X-API-Key,traceparent,tracestate,baggage,"
            + "apollographql-client-name,apollographql-client-version,apollo-require-preflight,x-apollo-operation-name,X-Client-Build",
            Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_FromOtherOrigin_GrantsNothing()
    {
        using var request = Preflight("https://attacker.example");

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_AllowsTheOriginAndExposesTheCacheHeadersAndConfiguredOnes()
    {
        using var request = Post("""{"query":"{ hello }"}""");
        request.Headers.Add("Origin", Origin);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("ETag,X-Cache,X-Request-Id", Header(response, "Access-Control-Expose-Headers"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Get_FromAllowedOriginToTheRealApi_ExposesTheETagAndXCacheItCarries()
    {
        await using var api = new CachingApiFactory(settings: new Dictionary<string, string?> { ["GraphQL:Http:AllowedOrigins:0"] = Origin });
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString("{ elements(first: 1) { nodes { id } } }"));
        request.Headers.Add("Origin", Origin);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.NotEqual("", Header(response, "ETag"));
        Assert.Equal("MISS", Header(response, "X-Cache"));
        Assert.Equal("ETag,X-Cache", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Post_FromOtherOrigin_HasNoCorsHeaders()
    {
        using var request = Post("""{"query":"{ hello }"}""");
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await fixture.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ForABrowsersTraceContextAndApolloClientHeaders_AllowsThem()
    {
        using var request = Preflight(Origin, "content-type,traceparent,tracestate,apollographql-client-name,apollographql-client-version,apollo-require-preflight");

        using var response = await fixture.Client.SendAsync(request);

        var allowed = Header(response, "Access-Control-Allow-Headers").Split(',');
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("traceparent", allowed);
        Assert.Contains("apollographql-client-name", allowed);
        Assert.Contains("apollo-require-preflight", allowed);
    }

    [Fact]
    public async Task Preflight_ForAHeaderNeitherDefaultNorConfigured_DoesNotAllowIt_SoTheBrowserRefuses()
    {
        using var request = Preflight(Origin, "content-type,x-unknown-header");

        using var response = await fixture.Client.SendAsync(request);

        Assert.DoesNotContain("x-unknown-header", Header(response, "Access-Control-Allow-Headers").Split(','), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Origin)]
    [InlineData("https://attacker.example")]
    public async Task Response_WhateverTheOrigin_VariesByOriginOnce(string? origin)
    {
        using var request = Post("""{"query":"{ hello }"}""");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await fixture.Client.SendAsync(request);

        Assert.Single(response.Headers.Vary, value => value == "Origin");
    }

    [Fact]
    public async Task Preflight_FromAllowedOrigin_VariesByOrigin()
    {
        using var request = Preflight(Origin);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Contains("Origin", response.Headers.Vary);
    }

    private static HttpRequestMessage Preflight(string origin, string requestHeaders = "content-type")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", requestHeaders);
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
