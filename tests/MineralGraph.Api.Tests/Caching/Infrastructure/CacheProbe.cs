using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>Sends GraphQL requests and keeps what the cache tests look at: status, X-Cache, caching headers and body.</summary>
public sealed class CacheProbe(HttpClient http)
{
    public async Task<CacheProbeResponse> PostAsync(string query, object? variables = null, string? operationName = null, string? user = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        return await SendAsync(request, user);
    }

    public async Task<CacheProbeResponse> GetAsync(string query, string? variablesJson = null, string? user = null, string? ifNoneMatch = null)
    {
        var uri = "graphql?query=" + Uri.EscapeDataString(query) + (variablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(variablesJson));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await SendAsync(request, user);
    }

    private async Task<CacheProbeResponse> SendAsync(HttpRequestMessage request, string? user)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (user is not null)
        {
            request.Headers.Add(CachingApiFactory.TestUserHeader, user);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new CacheProbeResponse(
            response.StatusCode,
            response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null,
            response.Headers.NonValidated.TryGetValues("Cache-Control", out var cacheControl) ? cacheControl.ToString() : null,
            response.Headers.ETag?.ToString(),
            response.Headers.Vary.ToList(),
            body);
    }
}
