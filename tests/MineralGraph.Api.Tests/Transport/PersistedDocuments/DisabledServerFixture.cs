namespace MineralGraph.Api.Tests.Transport.PersistedDocuments;

/// <summary>A server with persisted documents disabled.</summary>
public sealed class DisabledServerFixture : PersistedDocumentsServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:PersistedDocuments:Mode"] = "Disabled",
    };
}
