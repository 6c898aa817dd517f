using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.Analytics;

public sealed class TraversalBoundTests(TraversalBoundTests.TightBoundsApiFactory api) : IClassFixture<TraversalBoundTests.TightBoundsApiFactory>
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Theory]
    [InlineData("""{ subgraph(around: "country:cn", depth: 3) { nodes { id } } }""")]
    [InlineData("""{ paths(from: "country:cn", to: "element:ga", maxHops: 8, via: [LOCATED_IN, OWNS, OPERATES, HEADQUARTERED_IN, SUBSIDIARY_OF]) { length } }""")]
    [InlineData("""{ dependents(of: ["element:dy", "element:nd", "element:tb"], maxHops: 8) { dependent { id } } }""")]
    public async Task TraversalPastItsBound_StopsWithACodeInsteadOfRunningAway(string query)
    {
        var response = await _client.QueryAsync(query);

        Assert.Equal(["TRAVERSAL_TOO_LARGE"], response.ErrorCodes);
    }

    /// <summary>The seeded API with traversals bounded at 100 visited paths.</summary>
    public sealed class TightBoundsApiFactory : SeededApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Analytics:MaxVisitedPaths"] = "100",
        };
    }
}
