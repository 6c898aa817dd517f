namespace MineralGraph.Api.Tests.Infrastructure;

/// <summary>Test classes in this collection share one seeded API, so the seed loads once.</summary>
[CollectionDefinition(Name)]
public sealed class SeededApiCollection : ICollectionFixture<SeededApiFactory>
{
    public const string Name = "Seeded API";
}
