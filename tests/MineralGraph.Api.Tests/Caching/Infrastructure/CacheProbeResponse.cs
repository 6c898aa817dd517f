using System.Net;
using System.Text.Json.Nodes;

namespace MineralGraph.Api.Tests.Caching.Infrastructure;

/// <summary>What <see cref="CacheProbe"/> keeps of a response.</summary>
public sealed record CacheProbeResponse(HttpStatusCode Status, string? Cache, string? CacheControl, string? ETag, IReadOnlyList<string> Vary, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public JsonNode Data
    {
        get
        {
            Assert.True(Json["errors"] is null, $"Unexpected errors: {Body}");
            return Json["data"]!;
        }
    }

    public IReadOnlyList<string> ErrorCodes =>
        Json["errors"]?.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>() ?? "").ToList() ?? [];
}
