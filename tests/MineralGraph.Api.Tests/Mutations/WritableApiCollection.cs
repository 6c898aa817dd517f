namespace MineralGraph.Api.Tests.Mutations;

/// <summary>
/// Test classes that write share one API over their own database, apart from the read-only
/// suites; xunit runs the tests of a collection one at a time, so a test that checks the graph
/// did not change sees only its own request.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WritableApiCollection : ICollectionFixture<WritableApiFactory>
{
    public const string Name = "Writable API";
}
