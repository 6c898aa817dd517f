using MineralGraph.Api.Tests.Transport.PersistedDocuments;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>The live API in TrustedOnly mode, its manifest holding <see cref="Subscription"/> only.</summary>
public sealed class TrustedLiveApiServer : LiveApiServer
{
    public const string Subscription = "subscription Trusted { nodeChanged(ids: [\"country:my\"]) { kind id } }";

    private readonly ManifestFile _manifest;

    public TrustedLiveApiServer()
        : this(ManifestFile.Codegen(Subscription))
    {
    }

    private TrustedLiveApiServer(ManifestFile manifest)
        : base(new Dictionary<string, string?>
        {
            ["GraphQL:PersistedDocuments:Mode"] = "TrustedOnly",
            ["GraphQL:PersistedDocuments:ManifestPath"] = manifest.Path,
        })
    {
        _manifest = manifest;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _manifest.Dispose();
    }
}
