using MineralGraph.Api.Tests.Infrastructure;

namespace MineralGraph.Api.Tests.GraphQL;

[Collection(SeededApiCollection.Name)]
public sealed class BatchingTests(SeededApiFactory api)
{
    private readonly GraphQLClient _client = new(api.CreateClient());

    [Fact]
    public async Task NestedQuery_ThreeLevelsOverSixtyParents_MakesOneStoreRoundTripPerLevel()
    {
        const string query = """
            {
              countries(first: 60) {
                edges { node { id name
                  locationOf(first: 10) { edges { region node { id
                    ... on Mine { ownedBy(first: 5) { edges { stakePct node { id name } } } }
                    ... on Facility { ownedBy(first: 5) { edges { stakePct node { id name } } } }
                  } } }
                } }
              }
            }
            """;
        api.Store.Reset();

        var response = await _client.QueryAsync(query);

        var countries = response.DataWithoutErrors()["countries"]!["edges"]!.AsArray();
        Assert.Equal(60, countries.Count);
        var sites = countries.SelectMany(c => c!["node"]!["locationOf"]!["edges"]!.AsArray()).ToList();
        Assert.NotEmpty(sites);
        Assert.Contains(sites, s => s!["node"]!["ownedBy"]!["edges"]!.AsArray().Count > 0);
        Assert.Equal(3, api.Store.Calls);
    }

    [Fact]
    public async Task Sources_OfEveryNodeOrEdgeAtOneLevel_LoadInOneRoundTrip()
    {
        const string query = """
            { companies(first: 40) { nodes { id sources { id publisher } owns { edges { sources { id } node { id } } } } } }
            """;
        api.Store.Reset();

        var response = await _client.QueryAsync(query);

        var companies = response.DataWithoutErrors()["companies"]!["nodes"]!.AsArray();
        Assert.All(companies, c => Assert.NotEmpty(c!["sources"]!.AsArray()));
        // The companies; then, one level down, their sources (one call) and their owns (one call); then the sources of every owns edge (one call).
        Assert.Equal(4, api.Store.Calls);
    }
}
