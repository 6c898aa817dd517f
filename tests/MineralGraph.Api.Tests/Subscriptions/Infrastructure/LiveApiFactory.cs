using MineralGraph.Api.Tests.Infrastructure;
using MineralGraph.Api.Tests.Mutations;

namespace MineralGraph.Api.Tests.Subscriptions.Infrastructure;

/// <summary>
/// The real API over its own seeded SQLite file, with the editor and reader keys of
/// <see cref="WritableApiFactory"/>, live-update limits small enough for tests to reach, and any
/// settings of a test class's own.
/// </summary>
public sealed class LiveApiFactory(IReadOnlyDictionary<string, string?> extraSettings) : SeededApiFactory
{
    public const int MaxSubscriptionsPerConnection = 3;
    public const int MaxMessageBytes = 8192;
    public const int MaxConnectionsPerKey = 2;
    public const int MaxConnectionsPerAddress = 12;
    public const string FrontendOrigin = "https://app.mineralgraph.example";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(extraSettings)
    {
        ["Store:Provider"] = "sqlite",
        ["Auth:ApiKeys:0:Name"] = "test-editor",
        ["Auth:ApiKeys:0:Role"] = "editor",
        ["Auth:ApiKeys:0:Sha256"] = WritableApiFactory.Sha256Hex(WritableApiFactory.EditorKey),
        ["Auth:ApiKeys:1:Name"] = "test-reader",
        ["Auth:ApiKeys:1:Role"] = "reader",
        ["Auth:ApiKeys:1:Sha256"] = WritableApiFactory.Sha256Hex(WritableApiFactory.ReaderKey),
        ["GraphQL:Http:AllowedOrigins:0"] = FrontendOrigin,
        ["GraphQL:Subscriptions:MaxSubscriptionsPerConnection"] = MaxSubscriptionsPerConnection.ToString(),
        ["GraphQL:Subscriptions:MaxMessageBytes"] = MaxMessageBytes.ToString(),
        ["GraphQL:Subscriptions:MaxConnectionsPerKey"] = MaxConnectionsPerKey.ToString(),
        ["GraphQL:Subscriptions:MaxConnectionsPerAddress"] = MaxConnectionsPerAddress.ToString(),
        ["GraphQL:Subscriptions:ConnectionInitTimeout"] = "00:00:01",
        ["GraphQL:Subscriptions:Delivery:PollInterval"] = "00:00:00.100",
    };
}
