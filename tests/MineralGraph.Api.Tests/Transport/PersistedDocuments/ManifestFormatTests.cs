using System.Net;
using System.Text.Json;
using MineralGraph.Api.Tests.Transport.Hosting;
using static MineralGraph.Api.Tests.Transport.Hosting.HttpResponseAssertions;
using static MineralGraph.Api.Tests.Transport.PersistedDocuments.PersistedQueryRequests;

namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>Both manifest formats clients generate, in both modes that read a manifest.</summary>
public sealed class ManifestFormatTests
{
    private const string Query = """query Listed { hello(name: "listed") }""";
    private const string ListedJson = """{"data":{"hello":"Hello, listed"}}""";

    [Fact]
    public async Task ApolloManifest_InTrustedOnlyMode_RunsItsDocumentByHash()
    {
        using var manifest = ManifestFile.Apollo(Query);

        await AssertHashOnlyGetRunsAsync(manifest, "TrustedOnly");
    }

    [Fact]
    public async Task CodegenManifestWithSha256PrefixedKeys_InTrustedOnlyMode_RunsItsDocumentByHash()
    {
        using var manifest = ManifestFile.Raw(JsonSerializer.Serialize(new Dictionary<string, string> { ["sha256:" + Sha256(Query)] = Query }));

        await AssertHashOnlyGetRunsAsync(manifest, "TrustedOnly");
    }

    [Fact]
    public async Task Manifest_InAutomaticMode_RunsItsDocumentByHashWithoutAFirstRegistration()
    {
        using var manifest = ManifestFile.Codegen(Query);

        await AssertHashOnlyGetRunsAsync(manifest, "Automatic");
    }

    private static async Task AssertHashOnlyGetRunsAsync(ManifestFile manifest, string mode)
    {
        await using var server = await TransportTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:PersistedDocuments:Mode"] = mode,
            ["GraphQL:PersistedDocuments:ManifestPath"] = manifest.Path,
        });
        using var client = server.CreateClient();

        using var response = await client.SendAsync(HashOnlyGet(Sha256(Query), operationName: "Listed"));

        await response.AssertGraphQLResponseAsync(HttpStatusCode.OK, Json, ListedJson);
    }
}
