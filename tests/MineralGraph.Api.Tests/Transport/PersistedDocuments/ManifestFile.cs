using System.Text.Json;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>A trusted-documents manifest in a temporary file, in either format clients generate.</summary>
public sealed class ManifestFile : IDisposable
{
    private ManifestFile(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mineralgraph-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    /// <summary>graphql-codegen client preset's persisted-documents.json: hash → document.</summary>
    public static ManifestFile Codegen(params string[] documents) =>
        new(JsonSerializer.Serialize(documents.ToDictionary(Sha256)));

    /// <summary>Apollo's persisted query manifest.</summary>
    public static ManifestFile Apollo(params string[] documents) =>
        new(JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = documents.Select(body => new { id = Sha256(body), name = "Op", type = "query", body }),
        }));

    public static ManifestFile Raw(string json) => new(json);

    public void Dispose() => File.Delete(Path);
}
