namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>A server in TrustedOnly mode whose manifest (codegen format) holds <see cref="Query"/> and <see cref="Mutation"/>.</summary>
public sealed class TrustedDocumentsServerFixture : PersistedDocumentsServerFixture
{
    public const string Query = """query Trusted { hello(name: "trusted") }""";
    public const string Mutation = "mutation Count { increment }";

    private readonly ManifestFile _manifest = ManifestFile.Codegen(Query, Mutation);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:PersistedDocuments:Mode"] = "TrustedOnly",
        ["GraphQL:PersistedDocuments:ManifestPath"] = _manifest.Path,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _manifest.Dispose();
    }
}
