using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Store;

namespace MineralGraph.Api.Tests.Mutations;

/// <summary>
/// The real API over its own seeded SQLite file, with an editor key and a reader key configured
/// by hash, as an operator would. Always SQLite, even when the suite runs on Neo4j: writes here
/// must not touch the shared database that the read-only suites expect to hold the seed graph
/// (the store contract suite covers writes on Neo4j).
/// </summary>
public sealed class WritableApiFactory : SeededApiFactory
{
    public const string EditorKey = "mg-test-editor-6f1c2a9d4b7e";
    public const string ReaderKey = "mg-test-reader-2b8e5c1f9a3d";

    public IGraphStore GraphStore => Services.GetRequiredService<IGraphStore>();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:Provider"] = "sqlite",
        ["Auth:ApiKeys:0:Name"] = "test-editor",
        ["Auth:ApiKeys:0:Role"] = "editor",
        ["Auth:ApiKeys:0:Sha256"] = Sha256Hex(EditorKey),
        ["Auth:ApiKeys:1:Name"] = "test-reader",
        ["Auth:ApiKeys:1:Role"] = "reader",
        ["Auth:ApiKeys:1:Sha256"] = Sha256Hex(ReaderKey),
    };

    public static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public GraphQLClient Editor() => Client(EditorKey);

    public GraphQLClient Reader() => Client(ReaderKey);

    public GraphQLClient Anonymous() => new(CreateClient());

    public HttpClient CreateClient(string key)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private GraphQLClient Client(string key) => new(CreateClient(key));
}
