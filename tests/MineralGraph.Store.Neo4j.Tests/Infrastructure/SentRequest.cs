using System.Text.Json;

namespace MineralGraph.Store.Neo4j.Tests.Infrastructure;

public sealed record SentRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
