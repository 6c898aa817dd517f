using System.Text.Json;
using Microsoft.Extensions.Options;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Settings and manifests the server cannot honour stop the start, naming the key, the file and what to fix.</summary>
public sealed class PersistedDocumentsOptionsValidationTests
{
    private const string Document = "{ hello }";

    [Theory]
    [InlineData("Ttl", "00:00:00", "GraphQL:PersistedDocuments:Ttl must be positive")]
    [InlineData("MemoryCacheBytes", "0", "GraphQL:PersistedDocuments:MemoryCacheBytes must be positive")]
    [InlineData("Mode", "TrustedOnly", "GraphQL:PersistedDocuments:ManifestPath is required when GraphQL:PersistedDocuments:Mode is TrustedOnly")]
    public async Task Start_WithInvalidSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        await AssertStartFailsAsync(new() { ["GraphQL:PersistedDocuments:" + key] = value }, expected);
    }

    [Fact]
    public async Task Start_WithAManifestThatDoesNotExist_FailsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        await AssertStartFailsAsync(Manifest(path), $"GraphQL:PersistedDocuments:ManifestPath '{path}': the file does not exist");
    }

    [Fact]
    public async Task Start_WithAManifestThatIsNotJson_Fails()
    {
        using var manifest = ManifestFile.Raw("{ not json");

        await AssertStartFailsAsync(Manifest(manifest.Path), "the file is not valid JSON");
    }

    [Fact]
    public async Task Start_WithAnIdThatIsNotItsDocumentsHash_FailsNamingTheEntryAndTheRealHash()
    {
        var wrongId = Sha256("{ other }");
        using var manifest = ManifestFile.Raw(JsonSerializer.Serialize(new Dictionary<string, string> { [wrongId] = Document }));

        await AssertStartFailsAsync(Manifest(manifest.Path),
            $"1 of its 1 ids are not the SHA-256 of their document ('{wrongId}' names a document whose SHA-256 is '{Sha256(Document)}'): generate the manifest with SHA-256 ids");
    }

    [Fact]
    public async Task Start_WithSha1Ids_FailsSayingToHashWithSha256()
    {
        const string sha1 = "5d41402abc4b2a76b9719d911017c592aaaaaaaa";
        using var manifest = ManifestFile.Raw(JsonSerializer.Serialize(new Dictionary<string, string> { [sha1] = Document }));

        await AssertStartFailsAsync(Manifest(manifest.Path), $"'{sha1}' is not a SHA-256 hash");
    }

    [Fact]
    public async Task Start_WithATamperedApolloManifest_FailsInAutomaticModeToo()
    {
        using var manifest = ManifestFile.Raw(JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = Sha256(Document), name = "Hello", type = "query", body = "mutation { increment }" } },
        }));

        await AssertStartFailsAsync(Manifest(manifest.Path, "Automatic"), "1 of its 1 ids are not the SHA-256 of their document");
    }

    [Theory]
    [InlineData("""{"format":"relay","operations":[]}""", "its 'format' is \"relay\", not \"apollo-persisted-query-manifest\"")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":2,"operations":[]}""", "its 'version' is not 1")]
    [InlineData("""{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"x"}]}""", "operation 0 has no string 'id' and 'body'")]
    [InlineData("""{"abc":42}""", "entry 'abc' is not a string")]
    [InlineData("""[]""", "the file is not a JSON object")]
    public async Task Start_WithAManifestOfAnotherShape_FailsShowingBothFormats(string json, string expected)
    {
        using var manifest = ManifestFile.Raw(json);

        await AssertStartFailsAsync(Manifest(manifest.Path), expected);
    }

    [Fact]
    public async Task Start_TrustedOnlyWithAnEmptyManifest_FailsSinceNothingCouldRun()
    {
        using var manifest = ManifestFile.Raw("{}");

        await AssertStartFailsAsync(Manifest(manifest.Path), "lists no documents, so in TrustedOnly mode nothing could run");
    }

    private static Dictionary<string, string?> Manifest(string path, string mode = "TrustedOnly") => new()
    {
        ["GraphQL:PersistedDocuments:Mode"] = mode,
        ["GraphQL:PersistedDocuments:ManifestPath"] = path,
    };

    private static async Task AssertStartFailsAsync(Dictionary<string, string?> settings, string expected)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TransportTestServer.StartAsync(settings));

        Assert.Contains(expected, exception.Message);
    }
}
